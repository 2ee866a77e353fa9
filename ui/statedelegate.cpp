#include "statedelegate.h"

#include "palette.h"
#include "transactiontablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

StateDelegate::StateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

StateDelegate::Colours StateDelegate::coloursOf(TransactionState state)
{
    return Palette::statePill(state);
}

StateDelegate::Colours StateDelegate::inProgressColours()
{
    return Palette::inProgressPill();
}

QString StateDelegate::markers(bool unresolved, bool needsStatusCheck, bool pendingRefund)
{
    // ⚠ an operation of PayDesk's is open; ↻ APS's figures are to be checked (an uncertain report row); ⧖ a
    // refund request awaits approval (its amount is reserved).
    QString text;
    if (unresolved)
        text += QStringLiteral(" ⚠");
    else if (needsStatusCheck)
        text += QStringLiteral(" ↻");
    if (pendingRefund)
        text += QStringLiteral(" ⧖");
    return text;
}

void StateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const bool inProgress = index.data(TransactionTableModel::InProgressRole).toBool();
    const bool unresolved = index.data(TransactionTableModel::UnresolvedRole).toBool();
    const Colours colours =
        inProgress
            ? inProgressColours()
            : coloursOf(static_cast<TransactionState>(index.data(TransactionTableModel::StateRole).toInt()));

    const QFontMetrics metrics(opt.font);
    const bool flagged = index.data(TransactionTableModel::NeedsStatusCheckRole).toBool();
    const bool pending = index.data(TransactionTableModel::PendingRefundRole).toLongLong() > 0;
    const QString label = inProgress ? text : text + markers(unresolved, flagged, pending);
    const int padding = metrics.height() / 2;
    const QRect cell = opt.rect.adjusted(4, 3, -4, -3);
    const int width = qMin(cell.width(), metrics.horizontalAdvance(label) + 2 * padding + 2);
    QRect pill(cell.topLeft(), QSize(width, cell.height()));
    pill = QStyle::visualRect(opt.direction, cell, pill);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    painter->fillPath(path, colours.background);
    painter->setPen(colours.text);
    painter->setFont(opt.font);
    painter->drawText(pill.adjusted(padding, 0, -padding, 0), Qt::AlignCenter,
                      metrics.elidedText(label, Qt::ElideRight, pill.width() - 2 * padding + 1));
    painter->restore();
}

QSize StateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(size.width() + metrics.height() + 8);
    return size;
}
