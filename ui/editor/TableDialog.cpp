#include "TableDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

TableDialog::TableDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"tableDialog"_s);
    setWindowTitle(tr("Insert Table"));
    m_rows = new QSpinBox(this);
    m_rows->setObjectName(u"tableRows"_s);
    m_rows->setRange(1, 100);
    m_rows->setValue(3);
    m_columns = new QSpinBox(this);
    m_columns->setObjectName(u"tableColumns"_s);
    m_columns->setRange(1, 20);
    m_columns->setValue(2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Rows:"), m_rows);
    form->addRow(tr("&Columns:"), m_columns);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int TableDialog::rows() const
{
    return m_rows->value();
}

int TableDialog::columns() const
{
    return m_columns->value();
}
