// SPDX-License-Identifier: MIT
// Feeds arbitrary bytes to the sequence file reader and every sequence it yields to the validator.
// Any crash, hang, leak or sanitizer report is a bug.
#include "profile.h"
#include "sequencefile.h"
#include "validator.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const sd::ReadResult result = sd::readSequenceFile(bytes);
    for (const sd::Sequence &sequence : result.sequences) {
        (void)sd::validate(sequence, sd::Profile::defaultProfile(), sd::ValidationMode::Activation);
        (void)sd::writeSequenceFile({sequence});
    }
    return 0;
}
