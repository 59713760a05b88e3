// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/open_team_project_dialog.h"

#include "gis/error.h"
#include "gis/postgres_conninfo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace app {

namespace {

const QString kGroup = QStringLiteral("teamProject/");

}  // namespace

OpenTeamProjectDialog::OpenTeamProjectDialog(QWidget* parent)
    : QDialog(parent),
      host_(new QLineEdit(this)),
      port_(new QSpinBox(this)),
      database_(new QLineEdit(this)),
      user_(new QLineEdit(this)),
      password_(new QLineEdit(this)),
      connection_(new QLineEdit(this)),
      problem_(new QLabel(this)),
      okButton_(nullptr) {
    setObjectName(QStringLiteral("openTeamProjectDialog"));
    setWindowTitle(tr("Open Team Project"));
    host_->setObjectName(QStringLiteral("teamHost"));
    port_->setObjectName(QStringLiteral("teamPort"));
    database_->setObjectName(QStringLiteral("teamDatabase"));
    user_->setObjectName(QStringLiteral("teamUser"));
    password_->setObjectName(QStringLiteral("teamPassword"));
    connection_->setObjectName(QStringLiteral("teamConnection"));
    port_->setRange(1, 65535);
    port_->setGroupSeparatorShown(false);
    password_->setEchoMode(QLineEdit::Password);
    host_->setPlaceholderText(QStringLiteral("localhost"));
    password_->setPlaceholderText(tr("Not saved"));
    connection_->setPlaceholderText(tr("postgresql://user@host/database or PG:dbname=…"));
    connection_->setToolTip(
        tr("For experts: any connection libpq accepts. When given, it "
           "replaces host, port, database and user; the password above is "
           "added unless it names one."));

    const QSettings settings;
    host_->setText(settings.value(kGroup + "host", QStringLiteral("localhost")).toString());
    port_->setValue(settings.value(kGroup + "port", 5432).toInt());
    database_->setText(settings.value(kGroup + "database").toString());
    user_->setText(settings.value(kGroup + "user").toString());
    connection_->setText(settings.value(kGroup + "connection").toString());

    auto* intro = new QLabel(tr("A project shared by the team on a PostgreSQL/PostGIS server. What "
                                "you may change depends on your role: viewer, analyst or "
                                "administrator."),
                             this);
    intro->setWordWrap(true);
    problem_->setObjectName(QStringLiteral("teamProblem"));
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);
    problem_->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), host_);
    form->addRow(tr("P&ort:"), port_);
    form->addRow(tr("&Database:"), database_);
    form->addRow(tr("&User:"), user_);
    form->addRow(tr("Pass&word:"), password_);
    form->addRow(tr("&Connection string:"), connection_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton_ = buttons->button(QDialogButtonBox::Ok);
    okButton_->setText(tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenTeamProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenTeamProjectDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    for (QLineEdit* edit : {database_, connection_}) {
        connect(edit, &QLineEdit::textChanged, this, &OpenTeamProjectDialog::updateOkButton);
    }
    updateOkButton();
    (database_->text().isEmpty() ? database_ : password_)->setFocus();
    resize(480, sizeHint().height());
}

QString OpenTeamProjectDialog::connection() const {
    const QString expert = connection_->text().trimmed();
    QString text;
    if (!expert.isEmpty()) {
        try {
            text = gis::PostgresConninfo::parse(expert).keyValue();
        } catch (const gis::Error&) {
            // libpq's message repeats the text, which may hold a password.
            throw gis::Error(
                tr("The connection string is not one PostgreSQL understands, or it "
                   "names no database."));
        }
        if (gis::PostgresConninfo::parse(text).value(QStringLiteral("password")).isEmpty() &&
            !password_->text().isEmpty()) {
            text += QStringLiteral(" password=") + gis::PostgresConninfo::quoted(password_->text());
        }
    } else {
        if (database_->text().trimmed().isEmpty()) {
            throw gis::Error(tr("Name the database of the team project."));
        }
        QStringList pairs;
        const QString host = host_->text().trimmed();
        pairs << QStringLiteral("host=") + gis::PostgresConninfo::quoted(
                                               host.isEmpty() ? QStringLiteral("localhost") : host)
              << QStringLiteral("port=") + QString::number(port_->value())
              << QStringLiteral("dbname=") +
                     gis::PostgresConninfo::quoted(database_->text().trimmed());
        if (!user_->text().trimmed().isEmpty()) {
            pairs << QStringLiteral("user=") +
                         gis::PostgresConninfo::quoted(user_->text().trimmed());
        }
        if (!password_->text().isEmpty()) {
            pairs << QStringLiteral("password=") + gis::PostgresConninfo::quoted(password_->text());
        }
        text = pairs.join(u' ');
    }
    try {
        return gis::PostgresConninfo::parse(text).gdalName();
    } catch (const gis::Error&) {
        throw gis::Error(tr("These fields do not make a PostgreSQL connection."));
    }
}

void OpenTeamProjectDialog::rememberFields() const {
    QSettings settings;
    settings.setValue(kGroup + "host", host_->text().trimmed());
    settings.setValue(kGroup + "port", port_->value());
    settings.setValue(kGroup + "database", database_->text().trimmed());
    settings.setValue(kGroup + "user", user_->text().trimmed());
    QString expert = connection_->text().trimmed();
    if (!expert.isEmpty()) {
        try {
            expert = gis::PostgresConninfo::parse(expert).keyValueWithoutPassword();
        } catch (const gis::Error&) {
            expert.clear();  // unparsable: it might hide a password anywhere
        }
    }
    settings.setValue(kGroup + "connection", expert);
}

void OpenTeamProjectDialog::accept() {
    try {
        connection();
    } catch (const gis::Error& error) {
        problem_->setText(error.message());
        problem_->show();
        return;
    }
    problem_->hide();
    rememberFields();
    QDialog::accept();
}

void OpenTeamProjectDialog::updateOkButton() {
    okButton_->setEnabled(!database_->text().trimmed().isEmpty() ||
                          !connection_->text().trimmed().isEmpty());
}

}  // namespace app
