#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString qtVersions()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built
               ? running
               : QApplication::translate("AboutDialog", "%1 (built with %2)").arg(running, built);
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PayDesk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title =
        new QLabel(QStringLiteral("<h2>PayDesk %1</h2>").arg(QApplication::applicationVersion()), this);
    auto *about = new QLabel(tr("Captures, voids and refunds card payments taken through Amazon Payment "
                                "Services, with a second person approving refunds."),
                             this);
    about->setWordWrap(true);
    auto *facts = new QLabel(tr("Qt %1\nLicence: %2").arg(qtVersions(), licenceName()), this);
    facts->setObjectName(QStringLiteral("aboutFacts"));
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *licence = new QPlainTextEdit(licenceText(), this);
    licence->setObjectName(QStringLiteral("licenceText"));
    licence->setReadOnly(true);
    licence->setMinimumSize(520, 220);
    licence->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *showLicence = buttons->addButton(tr("Show the &licence"), QDialogButtonBox::ActionRole);
    connect(showLicence, &QPushButton::clicked, this, [this, licence, showLicence] {
        licence->setVisible(!licence->isVisible());
        showLicence->setText(licence->isVisible() ? tr("Hide the &licence") : tr("Show the &licence"));
        adjustSize();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(about);
    text->addWidget(facts);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(licence, 1);
    layout->addWidget(buttons);
}

QString AboutDialog::versionText()
{
    return QStringLiteral("%1 %2\n").arg(QApplication::applicationName(),
                                         QApplication::applicationVersion()) +
           tr("Qt %1\nLicence: %2").arg(qtVersions(), licenceName()) + QLatin1Char('\n');
}

QString AboutDialog::licenceName()
{
    return QStringLiteral("MIT");
}

QString AboutDialog::licenceText()
{
    QFile file(QStringLiteral(":/licence/LICENSE"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}
