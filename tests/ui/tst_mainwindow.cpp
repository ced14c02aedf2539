// SPDX-License-Identifier: MIT
// The main window opens on a library and shows its home page.
#include "uitest.h"

using namespace sd::uitest;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolate(); }

    void opensOnANewLibrary()
    {
        Window w;
        QVERIFY(w.start());
        QVERIFY(w.item("homePage"));
        QVERIFY(QFileInfo::exists(w.libraryPath()));
        w.shot("main-window");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
