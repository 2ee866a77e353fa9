# Installation and the Debian package (cpack -G DEB, or `cmake --build . --target package`).
#
# The three programs carry their migrations, translations and icon as Qt resources, so an installed program
# needs no file of the build tree. What the desktop needs around them goes to the FHS places: the .desktop
# file, the hicolor icons, AppStream metainfo, man pages and paydeskctl's bash completion.
include(GNUInstallDirs)

set(PAYDESK_APP_ID com.paydesk.PayDesk)
set(packaging ${PROJECT_SOURCE_DIR}/resources/packaging)

install(TARGETS paydesk paydeskctl aps-simulator RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES ${packaging}/${PAYDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${packaging}/${PAYDESK_APP_ID}.metainfo.xml
    ${PROJECT_BINARY_DIR}/packaging/${PAYDESK_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/packaging/${PAYDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/paydesk.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/paydesk-${size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME paydesk.png)
endforeach()

install(FILES ${PROJECT_SOURCE_DIR}/resources/completion/paydeskctl.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME paydeskctl)

# Man pages, gzipped as Debian wants them. paydeskctl's lists the commands its own --help prints.
set(man_dir ${PROJECT_BINARY_DIR}/man)
configure_file(${PROJECT_SOURCE_DIR}/resources/man/paydesk.1 ${man_dir}/paydesk.1 @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/resources/man/aps-simulator.1 ${man_dir}/aps-simulator.1 @ONLY)
add_custom_command(OUTPUT ${man_dir}/paydeskctl.1
    COMMAND ${CMAKE_COMMAND} -DPAYDESKCTL=$<TARGET_FILE:paydeskctl>
        -DTEMPLATE=${PROJECT_SOURCE_DIR}/resources/man/paydeskctl.1.in -DOUTPUT=${man_dir}/paydeskctl.1
        -DVERSION=${PROJECT_VERSION} -P ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
    DEPENDS paydeskctl ${PROJECT_SOURCE_DIR}/resources/man/paydeskctl.1.in ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
    COMMENT "paydeskctl.1 from paydeskctl --help")
set(man_pages paydesk aps-simulator paydeskctl)
set(man_gz "")
foreach(page IN LISTS man_pages)
    add_custom_command(OUTPUT ${man_dir}/${page}.1.gz
        COMMAND gzip -9nc ${man_dir}/${page}.1 > ${man_dir}/${page}.1.gz
        DEPENDS ${man_dir}/${page}.1)
    list(APPEND man_gz ${man_dir}/${page}.1.gz)
endforeach()
add_custom_target(paydesk_man_pages ALL DEPENDS ${man_gz})
install(FILES ${man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/paydesk)
# Debian's copyright file, in its machine-readable format, from the licence.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE licence_text)
string(REGEX REPLACE "\n\n" "\n.\n" licence_body "${licence_text}")
string(REGEX REPLACE "\n([^\n])" "\n \\1" licence_body "${licence_body}")
file(WRITE ${PROJECT_BINARY_DIR}/packaging/copyright
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    "Upstream-Name: PayDesk\n\nFiles: *\nCopyright: 2026 The PayDesk authors\nLicense: MIT\n ${licence_body}")
install(FILES ${PROJECT_BINARY_DIR}/packaging/copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/paydesk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME paydesk)
set(CPACK_PACKAGE_VENDOR "The PayDesk authors")
set(CPACK_PACKAGE_CONTACT "The PayDesk authors <paydesk@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # paydesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The summary is the first line; cpack indents this text under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "PayDesk is the finance desk for merchants that authorize card payments
first and settle later through Amazon Payment Services: capture all or part of
an authorization, void it, refund captured money with a second person
approving, without ever losing or repeating an operation. The package holds
the window (paydesk), its command-line twin (paydeskctl) and a local APS
simulator (aps-simulator) for the built-in demo.")
# The linked libraries (Qt 6, QtKeychain, SQLite, libpq) come from dpkg-shlibdeps; plugins are loaded at run time,
# so their packages are named: the SQL drivers of both stores and the platform plugins of the window.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
include(CPack)
