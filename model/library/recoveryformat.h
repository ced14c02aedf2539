// SPDX-License-Identifier: MIT
#pragma once

// How the recovery area stores a sequence's unsaved edits: its properties as one JSON object,
// each differing step as one JSON object (with its manual position), the step order as a JSON
// array. Kept apart from the file format so autosave never depends on the exchange format's
// evolution. Internal to model/library.

#include "sequence.h"

#include <QByteArray>
#include <QPointF>
#include <QStringList>

#include <optional>

namespace sd::detail {

[[nodiscard]] QByteArray propertiesToJson(const Sequence &sequence);
// Sets every property but id and status from `json`.
void propertiesFromJson(const QByteArray &json, Sequence &sequence);
[[nodiscard]] QString nameInProperties(const QByteArray &json);

[[nodiscard]] QByteArray stepToJson(const Step &step, const std::optional<QPointF> &position);
[[nodiscard]] Step stepFromJson(const QByteArray &json, std::optional<QPointF> *position);

[[nodiscard]] QByteArray orderToJson(const QStringList &ids);
[[nodiscard]] QStringList orderFromJson(const QByteArray &json);

[[nodiscard]] QStringList stepOrder(const Sequence &sequence);
[[nodiscard]] std::optional<QPointF> positionOf(const Sequence &sequence, const QString &id);

} // namespace sd::detail
