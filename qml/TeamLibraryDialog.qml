// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// File ▸ Open team library…: a library on the team's PostgreSQL server (docs/storage.md, "Team
// library on PostgreSQL"). The password comes from the system keyring when there is one and it
// knows it; otherwise it is asked each time. It is never written anywhere else.
// Also "Copy to team library…" (MainDialogs.copyToTeamLibrary): the same details, another action.
Dialog {
    id: dialog
    objectName: "teamLibraryDialog"
    title: qsTr("Open team library")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, Overlay.overlay ? Overlay.overlay.width - 40 : 520)
    // The details were given: whoever opened the dialog acts on them and calls finish().
    signal submitted(string host, int port, string database, string user, string password)
    property string actionText: qsTr("Open")
    // Copying: what was done stays in the dialog until it is closed (opening just closes it).
    property bool showsOutcome: false
    property string problem: ""
    property string outcome: ""
    readonly property string account: user.text.trim() + "@" + host.text.trim() + ":"
                                      + port.value + "/" + database.text.trim()

    onAboutToShow: {
        problem = ""
        outcome = ""
        password.text = ""
        const shown = LibrarySession.teamLibraryAddress()
        if (shown.host !== "") {
            host.text = shown.host
            port.value = shown.port > 0 ? shown.port : 5432
            database.text = shown.database
            user.text = shown.user
        }
        lookUpPassword()
    }
    onOpened: (host.text === "" ? host : password).forceActiveFocus()
    function lookUpPassword() {
        if (host.text.trim() !== "" && database.text.trim() !== "" && user.text.trim() !== "")
            TeamKeyring.read(account)
    }
    function tryOpen() {
        dialog.submitted(host.text, port.value, database.text, user.text, password.text)
    }
    // What the action on the submitted details did: a refusal stays in the dialog.
    function finish(result: sessionOutcome) {
        if (!result.ok) {
            problem = result.message
            return
        }
        problem = ""
        if (remember.checked && password.text !== "")
            TeamKeyring.remember(account, password.text)
        password.text = ""
        if (showsOutcome)
            outcome = result.message
        else
            dialog.close()
    }
    Connections {
        target: TeamKeyring
        function onFound(account: string, secret: string) {
            if (account === dialog.account && password.text === "")
                password.text = secret
        }
    }

    footer: DialogButtonBox {
        DialogButton {
            objectName: "teamLibraryOpen"
            text: dialog.actionText
            visible: dialog.outcome === ""
            // Not AcceptRole, which would close the dialog also when the library refuses.
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.tryOpen()
        }
        DialogButton {
            objectName: "teamLibraryCancel"
            text: dialog.outcome === "" ? qsTr("Cancel") : qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    GridLayout {
        width: parent.width
        columns: 2
        columnSpacing: 12
        rowSpacing: 8

        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("A library the team shares on a PostgreSQL server. Ask the team's "
                       + "administrator for these details.")
            wrapMode: Text.Wrap
        }
        Label { text: qsTr("Server") }
        TextField {
            id: host
            objectName: "teamLibraryHost"
            Layout.fillWidth: true
            placeholderText: qsTr("db.example.com, or a socket folder")
            Accessible.name: qsTr("Server")
            onEditingFinished: dialog.lookUpPassword()
        }
        Label { text: qsTr("Port") }
        SpinBox {
            id: port
            objectName: "teamLibraryPort"
            from: 1
            to: 65535
            value: 5432
            editable: true
            textFromValue: (value, locale) => String(value) // no group separator in a port
            Accessible.name: qsTr("Port")
        }
        Label { text: qsTr("Database") }
        TextField {
            id: database
            objectName: "teamLibraryDatabase"
            Layout.fillWidth: true
            Accessible.name: qsTr("Database")
            onEditingFinished: dialog.lookUpPassword()
        }
        Label { text: qsTr("User name") }
        TextField {
            id: user
            objectName: "teamLibraryUser"
            Layout.fillWidth: true
            Accessible.name: qsTr("User name")
            onEditingFinished: dialog.lookUpPassword()
        }
        Label { text: qsTr("Password") }
        TextField {
            id: password
            objectName: "teamLibraryPassword"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            Accessible.name: qsTr("Password")
            onAccepted: dialog.tryOpen()
        }
        Item { implicitWidth: 1 }
        CheckBox {
            id: remember
            objectName: "teamLibraryRemember"
            Layout.fillWidth: true
            visible: TeamKeyring.available
            checked: true
            text: qsTr("Keep the password in the system keyring")
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: !TeamKeyring.available
            text: qsTr("There is no system keyring here, so the password is asked each time. "
                       + "It is never written to disk.")
            wrapMode: Text.Wrap
            opacity: 0.75
        }
        Label {
            objectName: "teamLibraryProblem"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.problem !== ""
            text: dialog.problem
            color: Theme.colors.errorText
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "teamLibraryOutcome"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.outcome !== ""
            text: dialog.outcome
            wrapMode: Text.Wrap
            font.bold: true
        }
    }
}
