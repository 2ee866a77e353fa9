#pragma once

#include "palette.h"

#include "domain/transaction.h"

#include <QStyledItemDelegate>

// Paints the state column as a coloured label: the words stay readable for people who cannot tell the colours
// apart, the colour lets everyone else scan the list. Only paints; the text comes from the model.
class StateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateDelegate)

public:
    explicit StateDelegate(QObject *parent = nullptr);

    using Colours = Palette::Pair;
    static Colours coloursOf(TransactionState state);
    static Colours inProgressColours();
    // The signs after the state's words: " ⚠" (an operation's outcome is not known), " ↻" (waiting for a
    // status check), " ⧖" (a refund request awaits approval).
    static QString markers(bool unresolved, bool needsStatusCheck, bool pendingRefund);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
