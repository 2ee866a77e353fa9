#pragma once

#include <QWidget>

// Shown when there is no cache on this computer yet: offers the demo, or says how to set PayDesk up for a
// real merchant account.
class FirstStartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstStartPage)

public:
    explicit FirstStartPage(const QString &cachePath, QWidget *parent = nullptr);

signals:
    void demoRequested();
};
