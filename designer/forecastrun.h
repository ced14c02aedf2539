// SPDX-License-Identifier: MIT
#pragma once

#include "forecastview.h"
#include "sequencedocument.h"
#include "simulation/forecast.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

class QQuickItem;
class QThread;

namespace sd {

// The busy days (docs/simulation.md, "Busy days"): many records through the open sequence on a
// worker thread, with progress and Cancel, for qml/ForecastDialog.qml. The records come from a
// CSV file or are generated: `count` records spread over the working days from `fromText` to
// `toText` at 09:00, owned in turn by `sellers` sellers. Personas are assigned by share, in turn.
class ForecastRun : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        sd::SequenceDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QUrl recordsFile MEMBER m_recordsFile NOTIFY inputChanged) // empty: generate
    Q_PROPERTY(int count MEMBER m_count NOTIFY inputChanged)
    Q_PROPERTY(int sellers MEMBER m_sellers NOTIFY inputChanged)
    Q_PROPERTY(QString fromText MEMBER m_fromText NOTIFY inputChanged) // yyyy-MM-dd
    Q_PROPERTY(QString toText MEMBER m_toText NOTIFY inputChanged)
    // [{id, name, share}] of the built-in personas; shares are weights (0: not used).
    Q_PROPERTY(QVariantList shares READ shares NOTIFY sharesChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0 … 1
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged) // a problem, or "cancelled"
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY resultChanged)
    Q_PROPERTY(QVariantList weeks READ weeks NOTIFY resultChanged)
    Q_PROPERTY(int maxTotal READ maxTotal NOTIFY resultChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY resultChanged)
    Q_PROPERTY(QStringList chartDates READ chartDates NOTIFY resultChanged) // of categories
    Q_PROPERTY(QVariantList series READ series NOTIFY resultChanged)

public:
    explicit ForecastRun(QObject *parent = nullptr);
    ~ForecastRun() override;

    [[nodiscard]] SequenceDocument *document() const { return m_document; }
    void setDocument(SequenceDocument *document);
    [[nodiscard]] QVariantList shares() const;
    [[nodiscard]] bool running() const { return m_thread != nullptr; }
    [[nodiscard]] double progress() const;
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] bool hasResult() const { return m_result.records > 0; }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QVariantList weeks() const { return m_view.weeks; }
    [[nodiscard]] int maxTotal() const { return m_view.maxTotal; }
    [[nodiscard]] QStringList categories() const { return m_view.categories; }
    [[nodiscard]] QStringList chartDates() const { return m_view.dates; }
    [[nodiscard]] QVariantList series() const { return m_view.series; }
    [[nodiscard]] const ForecastResult &result() const { return m_result; }

    Q_INVOKABLE void setShare(const QString &persona, int share);
    // Starts the run on a worker thread; false (with `notice`) when the input cannot be used.
    Q_INVOKABLE bool run();
    Q_INVOKABLE void cancel();
    // The details of `date` (yyyy-MM-dd): no title when it has no activities or there is no run.
    Q_INVOKABLE [[nodiscard]] sd::DayForecast day(const QString &date) const;
    Q_INVOKABLE bool exportCsv(const QUrl &file);
    // Draws `item` (the heatmap, the chart) into a PNG file; `pictureSaved` (or `notice`) tells.
    Q_INVOKABLE void savePicture(QQuickItem *item, const QUrl &file);
    Q_INVOKABLE void retranslate();

signals:
    void documentChanged();
    void inputChanged();
    void sharesChanged();
    void runningChanged();
    void progressChanged();
    void noticeChanged();
    void resultChanged();
    void pictureSaved(const QString &path);

private:
    struct Job;
    void finish();
    void setNotice(const QString &notice);

    QPointer<SequenceDocument> m_document;
    QUrl m_recordsFile;
    int m_count = 1000;
    int m_sellers = 3;
    QString m_fromText;
    QString m_toText;
    QList<int> m_shares; // by persona, as personas() lists them
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
    QTimer m_poll;
    ForecastResult m_result;
    ForecastView m_view;
    QString m_notice;
};

} // namespace sd
