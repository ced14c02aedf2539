// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sd {

class Library;

// The library the window works on: opened once at start (the default library, or the file of
// --library), with what the user must know about it (read-only, upgraded, or why it cannot open).
class LibrarySession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(bool ready READ ready CONSTANT)
    Q_PROPERTY(bool readOnly READ readOnly CONSTANT)
    Q_PROPERTY(QString message READ message CONSTANT)
    Q_PROPERTY(int sequenceCount READ sequenceCount CONSTANT)
    Q_PROPERTY(int activeCount READ activeCount CONSTANT)

public:
    explicit LibrarySession(QObject *parent = nullptr);
    ~LibrarySession() override;

    // Set by main() before the QML engine creates the singleton; empty: the default library.
    static void setStartupPath(const QString &path);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool ready() const { return m_library != nullptr; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] int sequenceCount() const { return m_sequenceCount; }
    [[nodiscard]] int activeCount() const { return m_activeCount; }
    // The open library for C++ controllers (documents, list models); null when it could not open.
    [[nodiscard]] Library *library() const { return m_library.get(); }

private:
    QString m_path;
    std::unique_ptr<Library> m_library;
    bool m_readOnly = false;
    QString m_message;
    int m_sequenceCount = 0;
    int m_activeCount = 0;
};

} // namespace sd
