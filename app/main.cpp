// SPDX-License-Identifier: MIT
#include "accessibleactions.h"
#include "commands.h"
#include "language.h"
#include "librarysession.h"
#include "screenshot.h"
#include "theme.h"

#include <QApplication>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(SequenceDesignerPlugin)

namespace {

// `sequence-designer FILE...` (a double-click on a .sequence.json): the files the window shows
// in the import preview.
QList<QUrl> filesToImport(const QStringList &args)
{
    QList<QUrl> files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--library") {
            ++i;
            continue;
        }
        if (!args[i].startsWith(u"--"))
            files.append(QUrl::fromLocalFile(QFileInfo(args[i]).absoluteFilePath()));
    }
    return files;
}

} // namespace

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

    if (const qsizetype at = args.indexOf(QStringLiteral("--color-scheme")); at >= 0) {
        const QString scheme = args.value(at + 1);
        if (!sd::Theme::isKnown(scheme)) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "Commands", "--color-scheme takes system, light or dark.")
                                << '\n';
            return 2;
        }
        sd::Theme::setStartupOverride(scheme);
        args.remove(at, 2);
    }

    if (const std::optional<int> exit = sd::checkStartArguments(args, argc, argv))
        return *exit;
    if (sd::isCommand(args) && !sd::commandNeedsGui(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName("Sequence Designer");
        QCoreApplication::setOrganizationName("SequenceDesigner");
        QCoreApplication::setApplicationVersion(PROJECT_VERSION);
        sd::Language::installInitial();
        return *sd::runCommand(args);
    }

    const bool screenshot = args.value(0) == u"screenshot";
    // A command that draws (export to a picture) runs on the application, still without a
    // display. A QApplication, not a QGuiApplication: the forecast's chart is Qt Charts, which
    // draws with QGraphicsScene and crashes without one.
    const bool drawingCommand = sd::isCommand(args);
    if (screenshot || drawingCommand)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName("Sequence Designer");
    QApplication::setOrganizationName("SequenceDesigner");
    QApplication::setApplicationVersion(PROJECT_VERSION);
    if (drawingCommand) {
        sd::Language::installInitial();
        return *sd::runCommand(args);
    }
    QQuickStyle::setStyle("Fusion");
    sd::installAccessibleActions();
    sd::Theme::applyInitial();
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
        if (request.help) {
            QTextStream(stdout) << QCoreApplication::translate("Commands", "Usage: %1")
                                       .arg(QString::fromUtf8(sd::screenshotSynopsis))
                                << '\n';
            return 0;
        }
    }
    engine.load(QUrl(QStringLiteral("qrc:/SequenceDesigner/Main.qml")));
    if (screenshot) {
        sd::takeScreenshot(engine, request);
    } else if (const QList<QUrl> files = filesToImport(args); !files.isEmpty()) {
        QObject *root = engine.rootObjects().value(0);
        if (QObject *preview = root ? root->findChild<QObject *>("importPreview") : nullptr)
            QMetaObject::invokeMethod(preview, "openFiles",
                                      Q_ARG(QVariant, QVariant::fromValue(files)));
    }
    return QApplication::exec();
}
