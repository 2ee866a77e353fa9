#include "firststartpage.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

FirstStartPage::FirstStartPage(const QString &cachePath, QWidget *parent)
    : QWidget(parent)
{
    setWindowTitle(tr("Welcome to PayDesk"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    auto *title = new QLabel(tr("Welcome to PayDesk"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto *text =
        new QLabel(tr("There is no transaction cache on this computer yet (%1).\n\n"
                      "Try the demo to see PayDesk with simulated payments, or set PayDesk up for your "
                      "merchant account.")
                       .arg(cachePath),
                   this);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addSpacing(16);

    auto *demo = new QPushButton(tr("Try the &demo (simulated payments, no real money)"), this);
    demo->setDefault(true);
    connect(demo, &QPushButton::clicked, this, &FirstStartPage::demoRequested);
    layout->addWidget(demo);

    auto *settings = new QPushButton(tr("&Set up for my merchant account…"), this);
    connect(settings, &QPushButton::clicked, this, [this, cachePath] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Set up PayDesk"),
                                    tr("An administrator creates the cache and the merchant profile once:\n\n"
                                       "paydeskctl init --merchant-identifier ID --environment sandbox\n"
                                       "paydeskctl profile set --capture-window-days 7\n"
                                       "paydeskctl import report.csv\n\n"
                                       "and keeps the APS credentials in the environment "
                                       "(PAYDESK_ACCESS_CODE, PAYDESK_REQUEST_PHRASE, "
                                       "PAYDESK_RESPONSE_PHRASE). Then start PayDesk again.\n\nCache: %1")
                                        .arg(cachePath),
                                    QMessageBox::Ok, this);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    layout->addWidget(settings);
    layout->addStretch();
    resize(560, 340);
}
