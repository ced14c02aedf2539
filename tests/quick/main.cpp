// SPDX-License-Identifier: MIT
// Quick Test runner for the QML components (tests/quick/tst_*.qml). Each component is created on
// its own, against a real document on a library file of this run's own, and driven with keys and
// clicks; no main window.
#include "librarysession.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(SequenceDesignerPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QGuiApplication::setOrganizationName("SequenceDesignerTests-tst_quick");
        QQuickStyle::setStyle("Fusion");
        sd::LibrarySession::setStartupPath(m_dir.filePath("library.sqlite"));
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath("qrc:/"); }

private:
    QTemporaryDir m_dir;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_quick, Setup)

#include "main.moc"
