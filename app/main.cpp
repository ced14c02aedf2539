// SPDX-License-Identifier: MIT
#include "commands.h"
#include "language.h"
#include "librarysession.h"
#include "screenshot.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(SequenceDesignerPlugin)

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (const qsizetype at = args.indexOf(QStringLiteral("--language")); at >= 0) {
        const QString code = args.value(at + 1);
        if (!sd::Language::isKnown(code)) {
            QTextStream(stderr) << QCoreApplication::translate("Commands",
                                                               "--language takes en or nb.")
                                << '\n';
            return 2;
        }
        sd::Language::setStartupOverride(code);
        args.remove(at, 2);
    }

    if (sd::isCommand(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName("Sequence Designer");
        QCoreApplication::setOrganizationName("SequenceDesigner");
        QCoreApplication::setApplicationVersion(PROJECT_VERSION);
        sd::Language::installInitial();
        return *sd::runCommand(args);
    }

    const bool screenshot = args.value(0) == u"screenshot";
    if (screenshot)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("Sequence Designer");
    QGuiApplication::setOrganizationName("SequenceDesigner");
    QGuiApplication::setApplicationVersion(PROJECT_VERSION);
    QQuickStyle::setStyle("Fusion");
    sd::Language::installInitial();
    if (const qsizetype at = args.indexOf(QStringLiteral("--library")); at >= 0)
        sd::LibrarySession::setStartupPath(args.value(at + 1));

    QQmlApplicationEngine engine;
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    sd::ScreenshotRequest request;
    if (screenshot) {
        QString error;
        if (!sd::parseScreenshot(args, &request, &error)) {
            QTextStream(stderr) << error << '\n';
            return 2;
        }
    }
    engine.load(QUrl(QStringLiteral("qrc:/SequenceDesigner/Main.qml")));
    if (screenshot)
        sd::takeScreenshot(engine, request);
    return QGuiApplication::exec();
}
