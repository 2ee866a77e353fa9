#pragma once

#include <QDialog>

// Help › About PayDesk: the program's version (the project's, set as the application version), the Qt it was
// built with and runs on, and the licence, whose full text is one click away. `paydesk --version` prints the
// same facts.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "PayDesk 0.1.0", "Qt 6.4.2" (and the build's Qt when it differs), "Licence: MIT", one per line.
    static QString versionText();
    // The licence's name, and its full text (from the resources).
    static QString licenceName();
    static QString licenceText();
};
