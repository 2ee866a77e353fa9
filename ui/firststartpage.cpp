#include "firststartpage.h"

#include "store/database.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

FirstStartPage::FirstStartPage(const QString &cachePath, const QString &lastTeamDatabase, QWidget *parent)
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

    if (!lastTeamDatabase.isEmpty()) {
        auto *last = new QPushButton(tr("&Reconnect to the team database %1").arg(lastTeamDatabase), this);
        last->setObjectName(QStringLiteral("lastTeamDatabaseButton"));
        connect(last, &QPushButton::clicked, this,
                [this, lastTeamDatabase] { emit teamDatabaseRequested(lastTeamDatabase); });
        layout->addWidget(last);
    }
    auto *team = new QPushButton(tr("&Join a team database…"), this);
    team->setObjectName(QStringLiteral("joinTeamButton"));
    connect(team, &QPushButton::clicked, this, &FirstStartPage::askTeamDatabase);
    layout->addWidget(team);

    auto *settings = new QPushButton(tr("&Set up for my merchant account…"), this);
    connect(settings, &QPushButton::clicked, this, [this, cachePath] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Set up PayDesk"),
                                    tr("An administrator creates the cache and the merchant profile once:\n\n"
                                       "paydeskctl init --merchant-identifier ID --environment sandbox\n"
                                       "paydeskctl profile set --capture-window-days 7 --time-zone %2\n"
                                       "paydeskctl import report.csv\n\n"
                                       "and keeps the APS credentials in the environment "
                                       "(PAYDESK_ACCESS_CODE, PAYDESK_REQUEST_PHRASE, "
                                       "PAYDESK_RESPONSE_PHRASE). Then start PayDesk again.\n\nCache: %1")
                                        .arg(cachePath, QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                                    QMessageBox::Ok, this);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    layout->addWidget(settings);
    layout->addStretch();
    resize(560, 340);
}

void FirstStartPage::askTeamDatabase()
{
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Join a team database"));
    dialog->setLabelText(tr("The address of your team's database, from your administrator:\n"
                            "postgresql://USER@HOST:PORT/DBNAME\n\n"
                            "Your database password goes in the file ~/.pgpass, never in this address."));
    dialog->setTextValue(QStringLiteral("postgresql://"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &typed) {
        const QString uri = typed.trimmed();
        // An address holding a password is refused by Database::open, which says where passwords go.
        if (Database::isServerUri(uri)) {
            emit teamDatabaseRequested(uri);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Join a team database"),
                                    tr("This is not a team database address. It starts with postgresql://"),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}
