// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace app {

/// File → Open Team Project…: asks for a project kept on a PostgreSQL server (host, port,
/// database, user, password, or a whole connection string for experts) and builds the connection
/// Project::open takes. The password lives only in this dialog and in connection(); it is never
/// saved. rememberFields() keeps the rest in QSettings for next time, and the constructor fills
/// the fields from there. GUI thread only.
class OpenTeamProjectDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpenTeamProjectDialog(QWidget* parent = nullptr);

    QLineEdit* hostEdit() const { return host_; }
    QSpinBox* portBox() const { return port_; }
    QLineEdit* databaseEdit() const { return database_; }
    QLineEdit* userEdit() const { return user_; }
    QLineEdit* passwordEdit() const { return password_; }
    QLineEdit* connectionEdit() const { return connection_; }

    /// GDAL's "PG:…" name of the database, with the password when one was typed; the
    /// connection string, when given, takes the place of the fields. Throws gis::Error (without
    /// the password in its message) when it is not a usable connection.
    QString connection() const;
    /// Saves host, port, database, user and the connection string, all without a password.
    void rememberFields() const;

    /// Checks the connection before closing; says what is wrong and stays open otherwise.
    void accept() override;

private:
    void updateOkButton();

    QLineEdit* host_;
    QSpinBox* port_;
    QLineEdit* database_;
    QLineEdit* user_;
    QLineEdit* password_;
    QLineEdit* connection_;
    QLabel* problem_;
    QPushButton* okButton_;
};

}  // namespace app
