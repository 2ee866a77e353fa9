#include "statedelegate.h"

#include "transactiontablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

StateDelegate::StateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

StateDelegate::Colours StateDelegate::coloursOf(TransactionState state)
{
    switch (state) {
    case TransactionState::Authorized:
        return {QColor(0xdb, 0xea, 0xfe), QColor(0x1e, 0x40, 0xaf)};
    case TransactionState::PartiallyCaptured:
        return {QColor(0xe0, 0xe7, 0xff), QColor(0x37, 0x30, 0xa3)};
    case TransactionState::Captured:
        return {QColor(0xdc, 0xfc, 0xe7), QColor(0x16, 0x65, 0x34)};
    case TransactionState::PartiallyRefunded:
        return {QColor(0xfe, 0xf3, 0xc7), QColor(0x85, 0x4d, 0x0e)};
    case TransactionState::Refunded:
        return {QColor(0xf3, 0xe8, 0xff), QColor(0x6b, 0x21, 0xa8)};
    case TransactionState::Voided:
        return {QColor(0xe5, 0xe7, 0xeb), QColor(0x37, 0x41, 0x51)};
    case TransactionState::Expired:
        return {QColor(0xfe, 0xe2, 0xe2), QColor(0x99, 0x1b, 0x1b)};
    case TransactionState::Failed:
        return {QColor(0xfe, 0xca, 0xca), QColor(0x7f, 0x1d, 0x1d)};
    }
    return {QColor(Qt::white), QColor(Qt::black)};
}

StateDelegate::Colours StateDelegate::inProgressColours()
{
    return {QColor(0xff, 0xed, 0xd5), QColor(0x9a, 0x34, 0x12)};
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
    const QString label = unresolved && !inProgress ? text + QStringLiteral(" ⚠") : text;
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
