#include "domain/permission.h"

#include <QTest>

// Every role against every permission: the whole table, allowed and forbidden cells alike.
class tst_Permissions : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void tokensRoundTrip();
    void adminMovesNoMoney();
};

void tst_Permissions::table_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");

    // role -> what it may do; every other permission is forbidden for it.
    const QList<std::pair<Role, QList<Permission>>> granted = {
        {Role::Viewer, {Permission::View}},
        {Role::Operator,
         {Permission::View, Permission::CheckStatus, Permission::Capture, Permission::Void,
          Permission::RequestRefund, Permission::ProposeResolution}},
        {Role::Approver,
         {Permission::View, Permission::CheckStatus, Permission::Capture, Permission::Void,
          Permission::RequestRefund, Permission::ApproveRefund, Permission::ProposeResolution,
          Permission::ConfirmResolution}},
        {Role::Admin,
         {Permission::View, Permission::ManageSettings, Permission::ManageUsers,
          Permission::ManageCredentials}},
    };
    for (const auto &[role, permissions] : granted) {
        for (const Permission permission : PermissionTable::all()) {
            const bool allowed = permissions.contains(permission);
            const QByteArray name = roleToken(role).toLatin1() + ' ' + (allowed ? "may " : "may not ") +
                                    permissionToken(permission).toLatin1();
            QTest::newRow(name.constData()) << role << permission << allowed;
        }
    }
}

void tst_Permissions::table()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(PermissionTable::allows(role, permission), allowed);
    QCOMPARE(PermissionTable::permissionsOf(role).contains(permission), allowed);
}

void tst_Permissions::tokensRoundTrip()
{
    for (const Permission permission : PermissionTable::all())
        QCOMPARE(permissionFromToken(permissionToken(permission)), permission);
    for (const Role role : {Role::Viewer, Role::Operator, Role::Approver, Role::Admin})
        QCOMPARE(roleFromToken(roleToken(role)), role);
    QCOMPARE(roleFromToken(u"root"), std::nullopt);
    QCOMPARE(PermissionTable::all().size(), 11);
}

void tst_Permissions::adminMovesNoMoney()
{
    for (const Permission permission : {Permission::Capture, Permission::Void, Permission::RequestRefund,
                                        Permission::ApproveRefund, Permission::ConfirmResolution})
        QVERIFY(!PermissionTable::allows(Role::Admin, permission));
}

QTEST_APPLESS_MAIN(tst_Permissions)
#include "tst_permissions.moc"
