#pragma once

#include <QTableWidgetItem>

// A cell of the dialogs' report tables: selectable, not editable, its full text also as the tooltip (the
// reasons are often wider than the column).
inline QTableWidgetItem *readOnlyCell(const QString &text,
                                      Qt::Alignment alignment = Qt::AlignLeading | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    item->setToolTip(text);
    return item;
}
