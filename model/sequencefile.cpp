// SPDX-License-Identifier: MIT
#include "sequencefile.h"

namespace sd {

ReadResult readSequenceFile(const QByteArray &bytes)
{
    Q_UNUSED(bytes);
    return {};
}

ReadResult readSequenceFile(const QString &path)
{
    Q_UNUSED(path);
    return {};
}

QByteArray writeSequenceFile(const QList<Sequence> &sequences, const QString &profileName)
{
    Q_UNUSED(sequences);
    Q_UNUSED(profileName);
    return {};
}

QJsonObject sequenceToJson(const Sequence &sequence)
{
    Q_UNUSED(sequence);
    return {};
}

QJsonObject stepToJson(const Step &step)
{
    Q_UNUSED(step);
    return {};
}

} // namespace sd
