#include "MessageBar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QToolButton(this);
    m_action->setObjectName(u"messageAction"_s);
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_close = new QToolButton(this);
    m_close->setObjectName(u"messageClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close the message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT actionTriggered();
    });
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    applyKind();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::applyKind()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint = palette().color(QPalette::Highlight);
    switch (m_kind) {
    case Kind::Information:
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xf6, 0x74, 0x00); // KMessageWidget's warning orange
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xda, 0x44, 0x53); // KMessageWidget's error red
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));

    // A light wash of the kind's colour over the window background works in light and dark
    // palettes.
    QPalette pal = QApplication::palette(this);
    const QColor base = pal.color(QPalette::Window);
    const auto mix = [&](int a, int b) { return (a * 80 + b * 20) / 100; };
    pal.setColor(QPalette::Window,
                 QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                        mix(base.blue(), tint.blue())));
    setPalette(pal);
}
