// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace sd {

// A template as "Create a sequence" takes it (TemplateGallery::get, readFile): what the details
// step shows of it and the `source` (url) the sequence is made from. A file that cannot be one
// is not `ok`, and `message` says why.
class TemplateEntry
{
    Q_GADGET
    QML_VALUE_TYPE(templateEntry)
    Q_PROPERTY(bool ok MEMBER ok CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QString description MEMBER description CONSTANT)
    Q_PROPERTY(QString recordType MEMBER recordType CONSTANT)
    Q_PROPERTY(int steps MEMBER steps CONSTANT)
    Q_PROPERTY(QString duration MEMBER duration CONSTANT)
    Q_PROPERTY(QString source MEMBER source CONSTANT)

public:
    bool ok = false;
    QString message;
    QString title;
    QString description;
    QString recordType;
    int steps = 0;
    QString duration; // "3 days 4 hours", "–" when it takes no time
    QString source;
};

} // namespace sd
