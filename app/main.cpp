// SPDX-License-Identifier: MIT
#include "commands.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>

Q_IMPORT_QML_PLUGIN(SequenceDesignerPlugin)

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (sd::isCommand(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName("Sequence Designer");
        QCoreApplication::setOrganizationName("SequenceDesigner");
        QCoreApplication::setApplicationVersion(PROJECT_VERSION);
        return *sd::runCommand(args);
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("Sequence Designer");
    QGuiApplication::setOrganizationName("SequenceDesigner");
    QGuiApplication::setApplicationVersion(PROJECT_VERSION);
    QQuickStyle::setStyle("Fusion");

    QQmlApplicationEngine engine;
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/SequenceDesigner/Main.qml")));
    return QGuiApplication::exec();
}
