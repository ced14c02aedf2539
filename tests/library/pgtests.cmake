# Included by tests/CMakeLists.txt (tests are given properties in the folder that adds them).
# The team library on PostgreSQL (docs/storage.md, "Tests on a real server"): pgcluster_start
# starts a throwaway server for the tests that need it and pgcluster_stop removes it; the library
# suites run a second time as <suite>_pg, on that server. Only when the server programs are not
# installed at all are these tests left out (scripts/install-deps.sh installs them).
file(GLOB SD_PG_BINDIRS /usr/lib/postgresql/*/bin)
find_program(SD_INITDB initdb HINTS ${SD_PG_BINDIRS})
if(SD_INITDB)
    set(SD_PG_STATE ${CMAKE_CURRENT_BINARY_DIR}/pgcluster.url)
    set(pgcluster ${CMAKE_CURRENT_LIST_DIR}/pgcluster.sh)
    add_test(NAME pgcluster_start COMMAND ${pgcluster} start ${SD_PG_STATE})
    add_test(NAME pgcluster_stop COMMAND ${pgcluster} stop ${SD_PG_STATE})
    set_tests_properties(pgcluster_start PROPERTIES FIXTURES_SETUP pgcluster SKIP_RETURN_CODE 77)
    set_tests_properties(pgcluster_stop PROPERTIES FIXTURES_CLEANUP pgcluster)
    set_tests_properties(tst_teamlibrary tst_teamroles PROPERTIES
        FIXTURES_REQUIRED pgcluster
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SD_TEST_PG_STATE=${SD_PG_STATE}")
    foreach(suite tst_librarystore tst_libraryactivation tst_librarytransfer
                  tst_libraryversions tst_libraryrecovery)
        add_test(NAME ${suite}_pg COMMAND ${suite})
        set_tests_properties(${suite}_pg PROPERTIES
            FIXTURES_REQUIRED pgcluster
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SD_TEST_PG_STATE=${SD_PG_STATE}")
    endforeach()
else()
    message(WARNING "PostgreSQL's initdb was not found: the team library tests are left out. "
                    "scripts/install-deps.sh installs the postgresql package.")
endif()
