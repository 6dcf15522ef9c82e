<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="125"/>
        <location filename="../app/policylens/ui/dialogs.py" line="152"/>
        <source>About PolicyLens</source>
        <translation>Über PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="134"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="136"/>
        <source>Read a privacy policy in a minute. Everything happens on this computer: PolicyLens never connects to the network.</source>
        <translation>Eine Datenschutzerklärung in einer Minute lesen. Alles geschieht auf diesem Computer: PolicyLens verbindet sich nie mit dem Netzwerk.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="139"/>
        <source>PolicyLens is free software under the {license} license.</source>
        <translation>PolicyLens ist freie Software unter der Lizenz {license}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="140"/>
        <source>Built with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Erstellt mit Qt {qt} und PySide6 {pyside}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="141"/>
        <source>Components and their licenses</source>
        <translation>Komponenten und ihre Lizenzen</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="296"/>
        <source>Shows the sentences of the policy that say this</source>
        <translation>Zeigt die Sätze der Datenschutzerklärung, die das besagen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="297"/>
        <source>Show where the policy says this</source>
        <translation>Zeigen, wo die Datenschutzerklärung das sagt</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="301"/>
        <source>{title}: {status}. {headline}</source>
        <translation>{title}: {status}. {headline}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="167"/>
        <source>Comparing with “{name}”…</source>
        <translation>Vergleich mit „{name}“ …</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="168"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="169"/>
        <source>Compare — {old} → {new}</source>
        <translation>Vergleich — {old} → {new}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="234"/>
        <source>Cannot open “{name}”</source>
        <translation>„{name}“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="319"/>
        <source>Changes in what the policy says</source>
        <translation>Was sich an der Richtlinie geändert hat</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="341"/>
        <source>◀ Previous change</source>
        <translation>◀ Vorherige Änderung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="342"/>
        <source>Next change ▶</source>
        <translation>Nächste Änderung ▶</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="343"/>
        <source>Previous change (F7)</source>
        <translation>Vorherige Änderung (F7)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="344"/>
        <source>Next change (F8)</source>
        <translation>Nächste Änderung (F8)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="355"/>
        <source>Text changes</source>
        <translation>Änderungen im Text</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="369"/>
        <source>Export Comparison…</source>
        <translation>Vergleich exportieren …</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="370"/>
        <source>Save this comparison as a one-page PDF, HTML or Markdown file (Ctrl+E)</source>
        <translation>Diesen Vergleich als einseitige PDF-, HTML- oder Markdown-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="372"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="569"/>
        <source>{index} of {total}</source>
        <translation>{index} von {total}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="79"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="83"/>
        <source>Something unexpected went wrong. PolicyLens keeps running; the details below can help to report the problem.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. PolicyLens läuft weiter; die Details unten helfen beim Melden des Problems.</translation>
    </message>
</context>
<context>
    <name>EvidenceBar</name>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="59"/>
        <source>Previous sentence (F7)</source>
        <translation>Vorheriger Satz (F7)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="60"/>
        <source>Previous sentence</source>
        <translation>Vorheriger Satz</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="61"/>
        <source>Next sentence (F8)</source>
        <translation>Nächster Satz (F8)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="62"/>
        <source>Next sentence</source>
        <translation>Nächster Satz</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="63"/>
        <location filename="../app/policylens/ui/evidencebar.py" line="64"/>
        <source>Stop showing this finding</source>
        <translation>Diesen Befund nicht mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="87"/>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="61"/>
        <location filename="../app/policylens/ui/findbar.py" line="62"/>
        <source>Find in the policy</source>
        <translation>Im Text suchen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="63"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Enter)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="64"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="65"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="66"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="67"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="68"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="69"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="139"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="143"/>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
</context>
<context>
    <name>FlagButton</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="324"/>
        <source>Red flag, {severity}: {title}</source>
        <translation>Warnsignal, {severity}: {title}</translation>
    </message>
</context>
<context>
    <name>GradeBadge</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="220"/>
        <source>Not graded</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="234"/>
        <source>Grade {letter}, score {score} out of 100</source>
        <translation>Note {letter}, {score} von 100 Punkten</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="39"/>
        <source>Why This Grade</source>
        <translation>Warum diese Note</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="45"/>
        <source>Grade {letter}, {score}</source>
        <translation>Note {letter}, {score}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="53"/>
        <source>Start from 100. Each item a privacy notice owes you costs points when it is vague or not stated; each red flag costs 15 (high), 7 (medium) or 3 (low); good practice wins back at most half of what the red flags cost. With two or more essentials missing or vague the grade is at most C. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E.</source>
        <translation>Ausgangswert 100. Jede Angabe, die eine Datenschutzerklärung Ihnen schuldet, kostet Punkte, wenn sie vage ist oder fehlt; jedes Warnsignal kostet 15 (hoch), 7 (mittel) oder 3 (niedrig); gute Praxis gleicht höchstens die Hälfte dessen aus, was die Warnsignale kosten. Fehlen mindestens zwei wesentliche Angaben oder sind sie vage, ist die Note höchstens C. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, sonst E.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="64"/>
        <source>Reasons for the grade</source>
        <translation>Gründe für die Note</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Sentence in the policy</source>
        <translation>Satz in der Erklärung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="77"/>
        <source>(not stated)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="101"/>
        <source>Double-click a line, or press Enter on it, to see its sentence in the policy.</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie darauf die Eingabetaste, um ihren Satz in der Erklärung zu sehen.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../app/policylens/ui/help.py" line="90"/>
        <location filename="../app/policylens/ui/help.py" line="91"/>
        <source>PolicyLens Guide</source>
        <translation>PolicyLens-Leitfaden</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="98"/>
        <source>How to read a summary</source>
        <translation>So lesen Sie eine Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="104"/>
        <source>PolicyLens reads the policy on your computer and sums it up on the right: a grade, the red flags, and four cards. Click a line of a card or a red flag to see the sentences of the policy that say it; F7 and F8 go to the previous and next one.</source>
        <translation>PolicyLens liest die Datenschutzerklärung auf Ihrem Computer und fasst sie rechts zusammen: eine Bewertung, die Warnsignale und vier Karten. Klicken Sie auf eine Zeile einer Karte oder auf ein Warnsignal, um die Sätze der Erklärung zu sehen, die das aussagen; F7 und F8 springen zum vorherigen und nächsten.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="111"/>
        <source>The cards</source>
        <translation>Die Karten</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="114"/>
        <source>what the service collects or receives about you;</source>
        <translation>was der Dienst über Sie erhebt oder erhält;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="115"/>
        <source>who it passes your data on to;</source>
        <translation>an wen er Ihre Daten weitergibt;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="116"/>
        <source>how long it keeps your data;</source>
        <translation>wie lange er Ihre Daten aufbewahrt;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="117"/>
        <source>what you can ask of it (a copy, a correction, deletion…) and how to reach it.</source>
        <translation>was Sie von ihm verlangen können (eine Kopie, eine Berichtigung, die Löschung…) und wie Sie ihn erreichen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="119"/>
        <source>{term}: {meaning}</source>
        <translation>{term}: {meaning}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="125"/>
        <source>The colors</source>
        <translation>Die Farben</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="128"/>
        <source>something that weighs against you;</source>
        <translation>etwas, das zu Ihren Ungunsten ist;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="130"/>
        <source>worth a closer look: vague, broad (location or sensitive data, many kinds of data, advertisers among the recipients) or partly against you;</source>
        <translation>einen genaueren Blick wert: vage, weitreichend (Standort oder sensible Daten, viele Arten von Daten, Werbetreibende unter den Empfängern) oder teilweise zu Ihren Ungunsten;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="134"/>
        <source>stated clearly, and what it does is mild: this says the policy is clear on the topic, not that all is well;</source>
        <translation>klar gesagt, und was sie tut, ist maßvoll: Die Erklärung ist in diesem Punkt klar – das heißt nicht, dass alles in Ordnung ist;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="137"/>
        <source>the policy does not say.</source>
        <translation>die Erklärung sagt dazu nichts.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="144"/>
        <source>A color always comes with its word, never alone.</source>
        <translation>Eine Farbe steht immer mit ihrem Wort, nie allein.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="149"/>
        <source>The grade</source>
        <translation>Die Bewertung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="154"/>
        <source>Every policy starts at 100 points. Each red flag takes points off: {high} for a high one, {medium} for a medium one, {low} for a low one. Saying that it does not sell your data, giving concrete retention periods and naming six or more of your rights each win {bonus} points back, at most half of what the red flags cost.</source>
        <translation>Jede Erklärung beginnt mit 100 Punkten. Jedes Warnsignal zieht Punkte ab: {high} für ein hohes, {medium} für ein mittleres, {low} für ein niedriges. Die Aussage, Ihre Daten nicht zu verkaufen, konkrete Speicherfristen und die Nennung von sechs oder mehr Ihrer Rechte bringen je {bonus} Punkte zurück, höchstens die Hälfte dessen, was die Warnsignale kosten.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="165"/>
        <source>It also checks what the policy tells you: who is responsible and how to reach them, what data, what for, who receives it, how long it is kept, your rights and your right to complain. Each of these that is missing or vague costs points, and with two or more essentials missing or vague the grade is at most C. A text that does not look like a privacy policy, or says too little, gets no grade. Click the grade (Ctrl+I) to see every line.</source>
        <translation>Außerdem wird geprüft, was die Erklärung Ihnen sagt: wer verantwortlich ist und wie Sie ihn erreichen, welche Daten, wofür, wer sie erhält, wie lange sie gespeichert werden, Ihre Rechte und Ihr Recht auf Beschwerde. Jede dieser Angaben, die fehlt oder vage ist, kostet Punkte, und fehlen mindestens zwei wesentliche Angaben oder sind sie vage, ist die Note höchstens C. Ein Text, der nicht nach einer Datenschutzerklärung aussieht oder zu wenig sagt, erhält keine Note. Klicken Sie auf die Note (Strg+I), um jede Zeile zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="177"/>
        <source>Letters: {bands}; {last} below.</source>
        <translation>Buchstaben: {bands}; darunter {last}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="181"/>
        <source>A policy in a language PolicyLens has no rules for is not graded, unless it is analysed through an English translation.</source>
        <translation>Eine Erklärung in einer Sprache, für die PolicyLens keine Regeln hat, wird nicht bewertet, es sei denn, sie wird über eine englische Übersetzung analysiert.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="188"/>
        <source>The red flags</source>
        <translation>Die Warnsignale</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="193"/>
        <source>Examples come from the policy you have open: {name}.</source>
        <translation>Die Beispiele stammen aus der geöffneten Erklärung: {name}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="210"/>
        <source>In this policy:</source>
        <translation>In dieser Erklärung:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="211"/>
        <source>“{quote}”</source>
        <translation>„{quote}“</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="216"/>
        <source>Raised for this policy by what it does not say.</source>
        <translation>Für diese Erklärung ausgelöst durch das, was sie nicht sagt.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="218"/>
        <source>Not found in this policy.</source>
        <translation>In dieser Erklärung nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="51"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="52"/>
        <source>E-mail to finish in your mail app (*.eml)</source>
        <translation>E-Mail zum Fertigstellen im Mailprogramm (*.eml)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="53"/>
        <source>PDF to print (*.pdf)</source>
        <translation>PDF zum Drucken (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="95"/>
        <source>Use Your Rights</source>
        <translation>Ihre Rechte ausüben</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="96"/>
        <source>Use your rights: draft a request or a complaint</source>
        <translation>Ihre Rechte ausüben: einen Antrag oder eine Beschwerde entwerfen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="101"/>
        <source>PolicyLens drafts the letter; you check it, fill in the fields in [brackets] and send it yourself. Nothing is sent from here.</source>
        <translation>PolicyLens entwirft das Schreiben; Sie prüfen es, füllen die Felder in [eckigen Klammern] aus und senden es selbst ab. Von hier wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="114"/>
        <source>Request</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="115"/>
        <source>&amp;Request:</source>
        <translation>&amp;Anliegen:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="124"/>
        <source>the policy&apos;s</source>
        <translation>die der Erklärung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="124"/>
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="125"/>
        <source>{language} ({which})</source>
        <translation>{language} ({which})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="131"/>
        <source>Language of the letter</source>
        <translation>Sprache des Schreibens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="132"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="143"/>
        <source>Country of the supervisory authority</source>
        <translation>Land der Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="144"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="149"/>
        <source>Federal authority (BfDI)</source>
        <translation>Bundesbehörde (BfDI)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="152"/>
        <source>German state</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="172"/>
        <source>Letter (editable)</source>
        <translation>Schreiben (bearbeitbar)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="186"/>
        <source>Where the addresses come from</source>
        <translation>Woher die Adressen stammen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="153"/>
        <source>S&amp;tate:</source>
        <translation>&amp;Bundesland:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="196"/>
        <source>Co&amp;py Letter</source>
        <translation>Schreiben ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="198"/>
        <source>Copy the letter to the clipboard (Ctrl+Shift+C)</source>
        <translation>Das Schreiben in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="199"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="201"/>
        <source>Save as text, e-mail (.eml) or PDF (Ctrl+S)</source>
        <translation>Als Text, E-Mail (.eml) oder PDF speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="202"/>
        <source>Open in &amp;Mail App</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="204"/>
        <source>Opens a new message in your mail app (Ctrl+M); you send it yourself</source>
        <translation>Öffnet eine neue Nachricht in Ihrem Mailprogramm (Strg+M); Sie senden sie selbst</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="340"/>
        <source>Discard Your Changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="341"/>
        <source>You have edited the letter. Draft a new one and lose your changes?</source>
        <translation>Sie haben das Schreiben bearbeitet. Ein neues entwerfen und Ihre Änderungen verlieren?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="353"/>
        <source>Addressed with</source>
        <translation>Adressiert mit</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="357"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="358"/>
        <source>E-mail for requests</source>
        <translation>E-Mail für Anfragen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="359"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="360"/>
        <source>Supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="366"/>
        <source>From PolicyLens&apos;s list of authorities (source: {source})</source>
        <translation>Aus der Behördenliste von PolicyLens (Quelle: {source})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="372"/>
        <source>Not found in the policy.</source>
        <translation>In der Erklärung nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="384"/>
        <source>The policy says: “{quote}”</source>
        <translation>Die Erklärung sagt: „{quote}“</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="422"/>
        <source>Save Letter As</source>
        <translation>Schreiben speichern unter</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="436"/>
        <source>Letter Not Saved</source>
        <translation>Schreiben nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="437"/>
        <source>The letter could not be saved as “{file}”: {reason}</source>
        <translation>Das Schreiben konnte nicht als „{file}“ gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="209"/>
        <source>This sentence supports:</source>
        <translation>Dieser Satz belegt:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="354"/>
        <source>Open a policy first: the letters are written from its summary.</source>
        <translation>Öffnen Sie zuerst eine Datenschutzerklärung: Die Schreiben werden aus ihrer Zusammenfassung erstellt.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="357"/>
        <source>Open a policy first: there is no summary to export yet.</source>
        <translation>Öffnen Sie zuerst eine Datenschutzerklärung: Es gibt noch keine Zusammenfassung zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="371"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="372"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="373"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="374"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="375"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="379"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="380"/>
        <source>Open &amp;Sample Policy</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="381"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="382"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="383"/>
        <source>Open a saved privacy policy</source>
        <translation>Eine gespeicherte Datenschutzerklärung öffnen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="384"/>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="385"/>
        <source>&amp;Export Summary…</source>
        <translation>Zusammenfassung e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="386"/>
        <source>Co&amp;mpare With…</source>
        <translation>Ver&amp;gleichen mit …</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="387"/>
        <source>Compare the open policy with another version of it</source>
        <translation>Die geöffnete Richtlinie mit einer anderen Fassung vergleichen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="388"/>
        <source>&amp;Use Your Rights…</source>
        <translation>Ihre Rechte a&amp;usüben…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="390"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="391"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="392"/>
        <source>&amp;Paste Policy Text</source>
        <translation>Text &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="393"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="394"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="395"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="396"/>
        <source>Previous Evidence Sentence</source>
        <translation>Vorheriger Beleg</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="397"/>
        <source>Next Evidence Sentence</source>
        <translation>Nächster Beleg</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="398"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="399"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="400"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="401"/>
        <source>PolicyLens &amp;Guide</source>
        <translation>PolicyLens-&amp;Leitfaden</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="402"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="403"/>
        <source>&amp;About PolicyLens</source>
        <translation>Ü&amp;ber PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="404"/>
        <source>Why This &amp;Grade…</source>
        <translation>Warum diese &amp;Note…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="405"/>
        <source>How the grade was computed, line by line, with the sentences behind it</source>
        <translation>Wie die Note berechnet wurde, Zeile für Zeile, mit den Sätzen dahinter</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="406"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="407"/>
        <source>Cancel the analysis</source>
        <translation>Analyse abbrechen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="408"/>
        <source>Analysis progress</source>
        <translation>Analysefortschritt</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="409"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="410"/>
        <source>Policy text</source>
        <translation>Text der Datenschutzerklärung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="412"/>
        <source>The policy. Sentences that support a finding are underlined; hover one to see which.</source>
        <translation>Die Datenschutzerklärung. Sätze, die einen Befund belegen, sind unterstrichen; zeigen Sie mit der Maus darauf, um zu sehen, welchen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="414"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="415"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="416"/>
        <source>Policy and summary</source>
        <translation>Datenschutzerklärung und Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="439"/>
        <source>{card}: {point}</source>
        <translation>{card}: {point}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="443"/>
        <source>Red flag: {title}</source>
        <translation>Warnsignal: {title}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="449"/>
        <source>{name} — {app}</source>
        <translation>{name} — {app}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="487"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="870"/>
        <source>Privacy policies ({patterns})</source>
        <translation>Datenschutzerklärungen ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="488"/>
        <source>Web pages ({patterns})</source>
        <translation>Webseiten ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="489"/>
        <source>PDF documents ({patterns})</source>
        <translation>PDF-Dokumente ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="490"/>
        <source>Documents ({patterns})</source>
        <translation>Dokumente ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="493"/>
        <source>Text files ({patterns})</source>
        <translation>Textdateien ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="496"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="871"/>
        <source>All files ({patterns})</source>
        <translation>Alle Dateien ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="499"/>
        <source>Open a Privacy Policy</source>
        <translation>Datenschutzerklärung öffnen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="512"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="550"/>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="520"/>
        <source>Only the first file is opened.</source>
        <translation>Nur die erste Datei wird geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="528"/>
        <source>PolicyLens does not download pages</source>
        <translation>PolicyLens lädt keine Seiten herunter</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="530"/>
        <source>PolicyLens does not fetch pages from the web. Save the page in your browser (Ctrl+S) and drop the saved file here, or select the policy&apos;s text and drop or paste it.</source>
        <translation>PolicyLens lädt keine Seiten aus dem Web. Speichern Sie die Seite im Browser (Strg+S) und legen Sie die gespeicherte Datei hier ab, oder markieren Sie den Text der Datenschutzerklärung und ziehen Sie ihn hierher oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="542"/>
        <source>Nothing to open</source>
        <translation>Nichts zu öffnen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="543"/>
        <source>There is no file or text to open here.</source>
        <translation>Hier gibt es weder eine Datei noch Text zum Öffnen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="589"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="661"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="665"/>
        <source>Cannot open “{name}”</source>
        <translation>„{name}“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="666"/>
        <source>The policy shown before is still open.</source>
        <translation>Die zuvor angezeigte Datenschutzerklärung bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="719"/>
        <source>Compare with “{name}”</source>
        <translation>Mit „{name}“ vergleichen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="721"/>
        <source>See what changed from the policy open before</source>
        <translation>Sehen, was sich gegenüber der zuvor geöffneten Richtlinie geändert hat</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="729"/>
        <source>Grade {letter} ({score}/100) — {name}</source>
        <translation>Note {letter} ({score}/100) — {name}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="734"/>
        <source>{verdict} — {name}</source>
        <translation>{verdict} — {name}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="739"/>
        <source>Analysing “{name}”…</source>
        <translation>„{name}“ wird analysiert…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="848"/>
        <source>Export Summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="849"/>
        <source>Exporting is not available in this version of PolicyLens.</source>
        <translation>Exportieren ist in dieser Version von PolicyLens nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="874"/>
        <source>Compare With Another Version</source>
        <translation>Mit einer anderen Fassung vergleichen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="951"/>
        <source>Dropped text</source>
        <translation>Abgelegter Text</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../app/policylens/ui/ops.py" line="171"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/ops.py" line="211"/>
        <source>{label}
{done} of {total} sentences</source>
        <translation>{label}
{done} von {total} Sätzen</translation>
    </message>
</context>
<context>
    <name>PackagesDialog</name>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="56"/>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="64"/>
        <source>No “{pair}” translation package is installed. Open {where}: on a computer connected to the internet, click “{fetch}” and download “{pair}” from the Argos Translate package index ({address}); otherwise copy its .argosmodel file from another computer and click “{file}”.</source>
        <translation>Es ist kein Übersetzungspaket „{pair}“ installiert. Öffnen Sie {where}: Klicken Sie auf einem Computer mit Internetverbindung auf „{fetch}“ und laden Sie „{pair}“ aus dem Paketindex von Argos Translate ({address}) herunter; andernfalls kopieren Sie die .argosmodel-Datei von einem anderen Computer und klicken auf „{file}“.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="81"/>
        <source>Language Packages</source>
        <translation>Sprachpakete</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="120"/>
        <source>Install From File…</source>
        <translation>Aus Datei installieren…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="122"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="129"/>
        <source>Online (only when you ask)</source>
        <translation>Online (nur auf Wunsch)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="130"/>
        <source>Get the Package List</source>
        <translation>Paketliste abrufen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="135"/>
        <source>Download and Install</source>
        <translation>Herunterladen und installieren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="177"/>
        <source>Packages are kept in {folder}</source>
        <translation>Pakete werden in {folder} aufbewahrt</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="190"/>
        <source>No language packages installed yet. There are two ways to get one: on a computer connected to the internet, click “{fetch}” below and download one from the Argos Translate package index ({address}); otherwise copy a .argosmodel file from another computer and click “{file}”.</source>
        <translation>Noch keine Sprachpakete installiert. Es gibt zwei Wege, eines zu bekommen: Klicken Sie auf einem Computer mit Internetverbindung unten auf „{fetch}“ und laden Sie eines aus dem Paketindex von Argos Translate ({address}) herunter; andernfalls kopieren Sie eine .argosmodel-Datei von einem anderen Computer und klicken auf „{file}“.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="202"/>
        <source>Not usable: {names}</source>
        <translation>Nicht verwendbar: {names}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="219"/>
        <source>The open policy needs the “{pair}” package.</source>
        <translation>Die geöffnete Erklärung braucht das Paket „{pair}“.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="240"/>
        <source>Install a Language Package</source>
        <translation>Sprachpaket installieren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="241"/>
        <source>Argos Translate packages (*.argosmodel);;All files (*)</source>
        <translation>Argos-Translate-Pakete (*.argosmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="252"/>
        <source>Installing {name}…</source>
        <translation>{name} wird installiert…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="256"/>
        <source>Installed {source} → {target} (version {version}).</source>
        <translation>Installiert: {source} → {target} (Version {version}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="274"/>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="277"/>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="289"/>
        <source>Getting the package list…</source>
        <translation>Paketliste wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="296"/>
        <source> (installed)</source>
        <translation> (installiert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/ui/packages_dialog.py" line="302"/>
        <source>%n package(s) available.</source>
        <translation>
            <numerusform>%n Paket verfügbar.</numerusform>
            <numerusform>%n Pakete verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="319"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="351"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="366"/>
        <source>The package index cannot be reached: this computer seems to be offline. On a computer connected to the internet, download the package from the Argos Translate package index ({address}), copy the .argosmodel file here and click “{file}”.</source>
        <translation>Der Paketindex ist nicht erreichbar: Dieser Computer scheint offline zu sein. Laden Sie das Paket auf einem Computer mit Internetverbindung aus dem Paketindex von Argos Translate ({address}) herunter, kopieren Sie die .argosmodel-Datei hierher und klicken Sie auf „{file}“.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="372"/>
        <source>The package could not be downloaded ({reason}). You can download it on another computer from the Argos Translate package index ({address}) and install the file here with “{file}”.</source>
        <translation>Das Paket konnte nicht heruntergeladen werden ({reason}). Sie können es auf einem anderen Computer aus dem Paketindex von Argos Translate ({address}) herunterladen und die Datei hier mit „{file}“ installieren.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="576"/>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="578"/>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="579"/>
        <source>PolicyLens itself never connects to the network.</source>
        <translation>PolicyLens selbst verbindet sich nie mit dem Netzwerk.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="580"/>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../app/policylens/ui/help.py" line="248"/>
        <source>Go to the next or previous finding</source>
        <translation>Zum nächsten oder vorherigen Befund</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="248"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="249"/>
        <source>Show the sentences of a finding</source>
        <translation>Die Sätze zu einem Befund anzeigen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="249"/>
        <source>Enter or Space</source>
        <translation>Eingabe oder Leertaste</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="253"/>
        <location filename="../app/policylens/ui/help.py" line="254"/>
        <location filename="../app/policylens/ui/help.py" line="260"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="376"/>
        <location filename="../app/policylens/ui/summary_view.py" line="447"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="492"/>
        <source>Click to see why</source>
        <translation>Klicken, um die Gründe zu sehen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="505"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="565"/>
        <source>Red flags ({count})</source>
        <translation>Warnsignale ({count})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="616"/>
        <source>Use your rights…</source>
        <translation>Ihre Rechte ausüben…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="618"/>
        <source>Draft a request to the company, or a complaint to an authority (Ctrl+R)</source>
        <translation>Einen Antrag an das Unternehmen oder eine Beschwerde bei einer Behörde entwerfen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="619"/>
        <source>Use your rights</source>
        <translation>Ihre Rechte ausüben</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="621"/>
        <source>Drafts a letter to ask for your data, have it erased, or complain to an authority</source>
        <translation>Entwirft ein Schreiben, um Ihre Daten zu erhalten, löschen zu lassen oder sich bei einer Behörde zu beschweren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="649"/>
        <source>Show fewer</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="651"/>
        <source>Show all {count} red flags</source>
        <translation>Alle {count} Warnsignale anzeigen</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="152"/>
        <location filename="../app/policylens/ui/translation.py" line="215"/>
        <source>Show &amp;Translation</source>
        <translation>&amp;Übersetzung anzeigen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="157"/>
        <location filename="../app/policylens/ui/translation.py" line="216"/>
        <source>Translate I&amp;nto</source>
        <translation>Übersetzen &amp;in</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="162"/>
        <location filename="../app/policylens/ui/translation.py" line="217"/>
        <source>Analyse Through &amp;English</source>
        <translation>Über &amp;Englisch analysieren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="165"/>
        <location filename="../app/policylens/ui/translation.py" line="218"/>
        <source>&amp;Language Packages…</source>
        <translation>&amp;Sprachpakete…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="168"/>
        <location filename="../app/policylens/ui/translation.py" line="219"/>
        <source>Clear Translation &amp;Cache</source>
        <translation>Übersetzungs-&amp;Cache leeren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="184"/>
        <location filename="../app/policylens/ui/translation.py" line="220"/>
        <location filename="../app/policylens/ui/translation.py" line="425"/>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="256"/>
        <source>Open a policy first: there is nothing to translate.</source>
        <translation>Öffnen Sie zuerst eine Datenschutzerklärung: Es gibt nichts zu übersetzen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="268"/>
        <source>Open a policy first.</source>
        <translation>Öffnen Sie zuerst eine Datenschutzerklärung.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="271"/>
        <source>PolicyLens already has rules for this policy&apos;s language.</source>
        <translation>PolicyLens hat bereits Regeln für die Sprache dieser Erklärung.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="273"/>
        <source>The policy&apos;s language could not be recognised.</source>
        <translation>Die Sprache der Erklärung wurde nicht erkannt.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="276"/>
        <source>Needs the “{pair}” translation package, from {where}</source>
        <translation>Benötigt das Übersetzungspaket „{pair}“, erhältlich unter {where}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="300"/>
        <source>Analyse through English</source>
        <translation>Über Englisch analysieren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="301"/>
        <source>Get the {pair} package…</source>
        <translation>Paket „{pair}“ besorgen…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="315"/>
        <source>No rules for {language}: Tools › Analyse Through English reads it through a translation.</source>
        <translation>Keine Regeln für {language}: Extras › Über Englisch analysieren liest sie über eine Übersetzung.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="343"/>
        <source>Open a policy to translate it.</source>
        <translation>Öffnen Sie eine Datenschutzerklärung, um sie zu übersetzen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="362"/>
        <source>The policy is already in {language}.</source>
        <translation>Die Datenschutzerklärung ist bereits auf {language}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="371"/>
        <source>Translating…</source>
        <translation>Wird übersetzt…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="372"/>
        <source>Translating the policy…</source>
        <translation>Datenschutzerklärung wird übersetzt…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="389"/>
        <source>Analysing through an English translation…</source>
        <translation>Analyse über eine englische Übersetzung…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="420"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="451"/>
        <source>The translation cache is cleared.</source>
        <translation>Der Übersetzungs-Cache wurde geleert.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="471"/>
        <source>Language Packages…</source>
        <translation>Sprachpakete…</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="62"/>
        <location filename="../app/policylens/ui/translation.py" line="82"/>
        <source>Side by side with the original</source>
        <translation>Neben dem Original</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="67"/>
        <location filename="../app/policylens/ui/translation.py" line="83"/>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="113"/>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="97"/>
        <location filename="../app/policylens/ui/welcome.py" line="109"/>
        <source>Drop a privacy policy here</source>
        <translation>Datenschutzerklärung hier ablegen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="100"/>
        <source>A saved web page (.html, .mhtml, .webarchive), a PDF, a document (.docx, .odt, .rtf) or a text file — or paste the text with Ctrl+V.</source>
        <translation>Eine gespeicherte Webseite (.html, .mhtml, .webarchive), ein PDF, ein Dokument (.docx, .odt, .rtf) oder eine Textdatei — oder fügen Sie den Text mit Strg+V ein.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="104"/>
        <source>Open a Policy…</source>
        <translation>Datenschutzerklärung öffnen…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="105"/>
        <source>Open a policy file</source>
        <translation>Datenschutzerklärung aus einer Datei öffnen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="106"/>
        <source>Try a Sample</source>
        <translation>Beispiel ausprobieren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="107"/>
        <source>Open one of the sample policies</source>
        <translation>Eine Beispiel-Datenschutzerklärung öffnen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="108"/>
        <source>Everything stays on this computer: nothing you open is sent anywhere.</source>
        <translation>Alles bleibt auf diesem Computer: Nichts davon wird irgendwohin gesendet.</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="96"/>
        <source>What&apos;s collected</source>
        <translation>Erfasste Daten</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="97"/>
        <source>Who it&apos;s shared with</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="98"/>
        <source>How long it&apos;s kept</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="99"/>
        <source>Your rights</source>
        <translation>Ihre Rechte</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="54"/>
        <source>Collects %n kind(s) of data</source>
        <translation>
            <numerusform>Erfasst %n Datenkategorie</numerusform>
            <numerusform>Erfasst %n Datenkategorien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="55"/>
        <source>Does not say what it collects</source>
        <translation>Sagt nicht, was erfasst wird</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="56"/>
        <source>Shared with %n kind(s) of recipient</source>
        <translation>
            <numerusform>Weitergabe an %n Empfängerkategorie</numerusform>
            <numerusform>Weitergabe an %n Empfängerkategorien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="57"/>
        <source>Does not say who receives your data</source>
        <translation>Sagt nicht, wer Ihre Daten erhält</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="58"/>
        <source>Says it shares your data with no one</source>
        <translation>Gibt Ihre Daten laut eigener Angabe an niemanden weiter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="59"/>
        <source>Your data is sold</source>
        <translation>Ihre Daten werden verkauft</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="60"/>
        <source>Kept up to {longest}</source>
        <translation>Bis zu {longest} gespeichert</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="61"/>
        <source>No concrete period</source>
        <translation>Keine konkrete Speicherdauer</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="62"/>
        <source>Some data is kept indefinitely</source>
        <translation>Einige Daten werden unbegrenzt gespeichert</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="63"/>
        <source>Does not say how long data is kept</source>
        <translation>Sagt nicht, wie lange Daten gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="64"/>
        <source>%n right(s) stated</source>
        <translation>
            <numerusform>%n Recht genannt</numerusform>
            <numerusform>%n Rechte genannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="65"/>
        <source>No rights stated</source>
        <translation>Keine Rechte genannt</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="69"/>
        <source>{data}: {duration}</source>
        <translation>{data}: {duration}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="70"/>
        <source>Some data: {duration}</source>
        <translation>Einige Daten: {duration}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="72"/>
        <source>{data}: deleted after {duration} without use</source>
        <translation>{data}: gelöscht, wenn {duration} lang ungenutzt</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="73"/>
        <source>Deleted after {duration} without use</source>
        <translation>Gelöscht, wenn {duration} lang ungenutzt</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="75"/>
        <source>Deleted {duration} after your account or membership ends</source>
        <translation>{duration} nach Ende von Konto oder Mitgliedschaft gelöscht</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="76"/>
        <source>{label}: {names}</source>
        <translation>{label}: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="78"/>
        <source>{label}: {names} and %n more</source>
        <translation>
            <numerusform>{label}: {names} und %n weiterer</numerusform>
            <numerusform>{label}: {names} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="79"/>
        <source>Contact: {emails}</source>
        <translation>Kontakt: {emails}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="80"/>
        <source>No contact given to exercise your rights</source>
        <translation>Kein Kontakt zur Ausübung Ihrer Rechte angegeben</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="81"/>
        <source>Not shared with anyone else</source>
        <translation>Keine Weitergabe an Dritte</translation>
    </message>
</context>
<context>
    <name>collected</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="127"/>
        <source>Identity (name, birth date, ID)</source>
        <translation>Identität (Name, Geburtsdatum, Ausweis)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="128"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="132"/>
        <source>Contact details (e-mail, phone, address)</source>
        <translation>Kontaktdaten (E-Mail, Telefon, Adresse)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="133"/>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="135"/>
        <source>Account and login</source>
        <translation>Konto und Anmeldung</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="136"/>
        <source>Payment and purchases</source>
        <translation>Zahlungen und Käufe</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="139"/>
        <source>Device and network (IP address, identifiers)</source>
        <translation>Gerät und Netzwerk (IP-Adresse, Kennungen)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="140"/>
        <source>Device and network</source>
        <translation>Gerät und Netzwerk</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="144"/>
        <source>What you do (pages, clicks, logs)</source>
        <translation>Was Sie tun (Seiten, Klicks, Protokolle)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="145"/>
        <source>What you do</source>
        <translation>Was Sie tun</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="147"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="148"/>
        <source>Messages you send</source>
        <translation>Nachrichten, die Sie senden</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="149"/>
        <source>Files and content you upload</source>
        <translation>Dateien und Inhalte, die Sie hochladen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="150"/>
        <source>Profile and preferences</source>
        <translation>Profil und Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="151"/>
        <source>Cookies and trackers</source>
        <translation>Cookies und Tracker</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="152"/>
        <source>Feedback and survey answers</source>
        <translation>Feedback und Umfrageantworten</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="155"/>
        <source>Sensitive data (health, biometrics, beliefs)</source>
        <translation>Sensible Daten (Gesundheit, Biometrie, Überzeugungen)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="156"/>
        <source>Sensitive data</source>
        <translation>Sensible Daten</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="158"/>
        <source>Social networks and contacts</source>
        <translation>Soziale Netzwerke und Kontakte</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <location filename="../app/policylens/diff_render.py" line="24"/>
        <source>Now collected: {label}</source>
        <translation>Wird jetzt erhoben: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="25"/>
        <source>No longer collected: {label}</source>
        <translation>Wird nicht mehr erhoben: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="26"/>
        <source>Now shared with: {label}</source>
        <translation>Wird jetzt weitergegeben an: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="27"/>
        <source>No longer shared with: {label}</source>
        <translation>Wird nicht mehr weitergegeben an: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="28"/>
        <source>{label}: named {before} → {after}</source>
        <translation>{label}: genannt {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="29"/>
        <source>Selling your data: “{before}” → “{after}”</source>
        <translation>Verkauf Ihrer Daten: „{before}“ → „{after}“</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="30"/>
        <source>Retention, now says: {label}</source>
        <translation>Speicherung, jetzt angegeben: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="31"/>
        <source>Retention, no longer says: {label}</source>
        <translation>Speicherung, nicht mehr angegeben: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="32"/>
        <source>{data}: kept {after} instead of {before}</source>
        <translation>{data}: gespeichert {after} statt {before}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="33"/>
        <source>{data}: now kept {after}</source>
        <translation>{data}: jetzt gespeichert {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="34"/>
        <source>{data}: the period of {before} is gone</source>
        <translation>{data}: die Frist von {before} ist entfallen</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="35"/>
        <source>New right: {label}</source>
        <translation>Neues Recht: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="36"/>
        <source>Right no longer stated: {label}</source>
        <translation>Recht nicht mehr genannt: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="37"/>
        <source>{label} added: {after}</source>
        <translation>{label} hinzugekommen: {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="38"/>
        <source>{label} gone: {before}</source>
        <translation>{label} entfallen: {before}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="39"/>
        <location filename="../app/policylens/diff_render.py" line="45"/>
        <source>{label}: {before} → {after}</source>
        <translation>{label}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="40"/>
        <source>New red flag: {label} ({severity})</source>
        <translation>Neues Warnsignal: {label} ({severity})</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="41"/>
        <source>Red flag gone: {label}</source>
        <translation>Warnsignal entfallen: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="42"/>
        <source>{label}: severity {before} → {after}</source>
        <translation>{label}: Schwere {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="43"/>
        <source>{label} now named: {after}</source>
        <translation>{label} jetzt genannt: {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="44"/>
        <source>{label} no longer named (was {before})</source>
        <translation>{label} nicht mehr genannt (war {before})</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="46"/>
        <source>Grade {before} → {after}</source>
        <translation>Note {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="50"/>
        <source>Contact e-mail</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="51"/>
        <source>Contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="52"/>
        <source>Contact address on the web</source>
        <translation>Kontaktadresse im Web</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="53"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="56"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="57"/>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="60"/>
        <source>Now gives a postal address</source>
        <translation>Nennt jetzt eine Postanschrift</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="61"/>
        <source>No longer gives a postal address</source>
        <translation>Nennt keine Postanschrift mehr</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="64"/>
        <source>These look like policies of different services.</source>
        <translation>Das sieht nach Richtlinien verschiedener Dienste aus.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="65"/>
        <source>The two versions are in different languages: what they say is compared, not their text.</source>
        <translation>Die beiden Fassungen sind in verschiedenen Sprachen: Verglichen wird, was sie aussagen, nicht ihr Text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="68"/>
        <source>The two versions have the same text (only the layout differs).</source>
        <translation>Die beiden Fassungen haben denselben Text (nur das Layout unterscheidet sich).</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="69"/>
        <source>The two files are identical: the same text.</source>
        <translation>Die beiden Dateien sind identisch: derselbe Text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="72"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="73"/>
        <source>No change in what the policy says.</source>
        <translation>Keine Änderung an dem, was die Richtlinie aussagt.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="74"/>
        <source>Old version</source>
        <translation>Alte Fassung</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="75"/>
        <source>New version</source>
        <translation>Neue Fassung</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="76"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="77"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="78"/>
        <source>(not in this version)</source>
        <translation>(in dieser Fassung nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="79"/>
        <source>Overall</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="80"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="81"/>
        <source>updated {date}</source>
        <translation>aktualisiert am {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="82"/>
        <source>no date given</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="83"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="84"/>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="85"/>
        <source>Text not compared (different languages).</source>
        <translation>Text nicht verglichen (verschiedene Sprachen).</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="86"/>
        <source>Some data</source>
        <translation>Einige Daten</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="87"/>
        <source>Grade unchanged: {grade}</source>
        <translation>Note unverändert: {grade}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="90"/>
        <source>%n sentence(s) added</source>
        <translation>
            <numerusform>%n Satz hinzugekommen</numerusform>
            <numerusform>%n Sätze hinzugekommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="91"/>
        <source>%n sentence(s) removed</source>
        <translation>
            <numerusform>%n Satz entfernt</numerusform>
            <numerusform>%n Sätze entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="92"/>
        <source>%n sentence(s) changed</source>
        <translation>
            <numerusform>%n Satz geändert</numerusform>
            <numerusform>%n Sätze geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="93"/>
        <source>%n sentence(s) moved</source>
        <translation>
            <numerusform>%n Satz verschoben</numerusform>
            <numerusform>%n Sätze verschoben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="96"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="97"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="98"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="99"/>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="101"/>
        <source>%n unchanged sentence(s)</source>
        <translation>
            <numerusform>%n unveränderter Satz</numerusform>
            <numerusform>%n unveränderte Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/comparison.py" line="37"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duration</name>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="85"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="86"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="87"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="88"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="89"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="90"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../app/policylens/core/errors.py" line="35"/>
        <location filename="../app/policylens/ui/dialogs.py" line="41"/>
        <source>Something went wrong: {detail}</source>
        <translation>Etwas ist schiefgegangen: {detail}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="59"/>
        <source>The file does not exist: {path}</source>
        <translation>Die Datei existiert nicht: {path}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="64"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="69"/>
        <source>This is not a regular file: {path}</source>
        <translation>Dies ist keine normale Datei: {path}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="74"/>
        <source>This kind of file is not supported ({kind}). PolicyLens reads text, Markdown, HTML, MHTML, PDF, Word (.docx), OpenDocument (.odt), RTF and Safari web archive files.</source>
        <translation>Dieser Dateityp wird nicht unterstützt ({kind}). PolicyLens liest Text-, Markdown-, HTML-, MHTML-, PDF-, Word- (.docx), OpenDocument- (.odt) und RTF-Dateien sowie Safari-Webarchive.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="85"/>
        <source>This is an old Microsoft Office file ({kind}), which PolicyLens cannot read. Open it in Word or LibreOffice and save it as .docx or PDF, then open that file.</source>
        <translation>Dies ist eine alte Microsoft-Office-Datei ({kind}), die PolicyLens nicht lesen kann. Öffnen Sie sie in Word oder LibreOffice, speichern Sie sie als .docx oder PDF und öffnen Sie dann diese Datei.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="96"/>
        <source>This {kind} file was not opened: it would unpack to {size_mb} MB ({reason}), far more than a document needs. It may be damaged or built to harm.</source>
        <translation>Diese {kind}-Datei wurde nicht geöffnet: Entpackt wäre sie {size_mb} MB groß ({reason}), weit mehr, als ein Dokument braucht. Sie ist möglicherweise beschädigt oder absichtlich schädlich.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="105"/>
        <source>This file holds binary data, not text.</source>
        <translation>Diese Datei enthält Binärdaten, keinen Text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="110"/>
        <source>The document contains no text.</source>
        <translation>Das Dokument enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="117"/>
        <source>There is too little text here to be a privacy policy.</source>
        <translation>Hier steht zu wenig Text für eine Datenschutzerklärung.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="124"/>
        <source>This web page contains no text of its own (it is probably filled in by scripts when it is shown). Save it from the browser as a single file (.mhtml) or print it to PDF, then open that.</source>
        <translation>Diese Webseite enthält keinen eigenen Text (er wird vermutlich beim Anzeigen von Skripten eingefügt). Speichern Sie sie im Browser als einzelne Datei (.mhtml) oder drucken Sie sie als PDF und öffnen Sie dann diese Datei.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="133"/>
        <source>This PDF has no text layer (it is probably a scan). Run it through OCR first, or open the web page or text version of the policy.</source>
        <translation>Dieses PDF hat keine Textebene (es ist vermutlich ein Scan). Wenden Sie zuerst eine Texterkennung (OCR) an oder öffnen Sie die Webseite oder Textversion der Datenschutzerklärung.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="142"/>
        <source>This document is encrypted and cannot be read.</source>
        <translation>Dieses Dokument ist verschlüsselt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="147"/>
        <source>This {kind} file is damaged and cannot be read ({reason}).</source>
        <translation>Diese {kind}-Datei ist beschädigt und kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="152"/>
        <source>The file is too large ({size_mb} MB). PolicyLens opens files up to {limit_mb} MB.</source>
        <translation>Die Datei ist zu groß ({size_mb} MB). PolicyLens öffnet Dateien bis {limit_mb} MB.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="159"/>
        <source>This does not look like a privacy policy: it says nothing about personal data.</source>
        <translation>Das sieht nicht wie eine Datenschutzerklärung aus: Es steht nichts über personenbezogene Daten darin.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="167"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="8"/>
        <source>The package index cannot be reached (offline?). Install a package from a file: policylens packs install FILE.argosmodel</source>
        <translation>Der Paketindex ist nicht erreichbar (offline?). Installieren Sie ein Paket aus einer Datei: policylens packs install FILE.argosmodel</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="26"/>
        <source>The package could not be downloaded ({reason}). Install a package from a file: policylens packs install FILE.argosmodel</source>
        <translation>Das Paket konnte nicht heruntergeladen werden ({reason}). Installieren Sie ein Paket aus einer Datei: policylens packs install FILE.argosmodel</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="35"/>
        <source>The package index has no package from {source} to {target}.</source>
        <translation>Der Paketindex enthält kein Paket von {source} nach {target}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="42"/>
        <source>{name} is not a usable translation package: {reason}</source>
        <translation>{name} ist kein verwendbares Übersetzungspaket: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="47"/>
        <source>{name} translates from {got_source} to {got_target}, not from {source} to {target}.</source>
        <translation>{name} übersetzt von {got_source} nach {got_target}, nicht von {source} nach {target}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="54"/>
        <source>No translation package from {source} to {target} is installed. Install one from a file (policylens packs install FILE.argosmodel) or, online, download it (policylens packs download {source_code} {target_code}).</source>
        <translation>Es ist kein Übersetzungspaket von {source} nach {target} installiert. Installieren Sie eines aus einer Datei (policylens packs install FILE.argosmodel) oder laden Sie es online herunter (policylens packs download {source_code} {target_code}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="64"/>
        <source>No package from {source} to {target} is installed.</source>
        <translation>Es ist kein Paket von {source} nach {target} installiert.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="69"/>
        <source>The policy&apos;s language could not be detected; name it with --from CODE.</source>
        <translation>Die Sprache der Datenschutzerklärung konnte nicht erkannt werden; geben Sie sie mit --from CODE an.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="78"/>
        <source>The installed package {name} cannot be loaded ({reason}). Remove it and install it again.</source>
        <translation>Das installierte Paket {name} kann nicht geladen werden ({reason}). Entfernen Sie es und installieren Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="40"/>
        <source>There is not enough memory to analyse this document.</source>
        <translation>Es ist nicht genug Arbeitsspeicher vorhanden, um dieses Dokument zu analysieren.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="44"/>
        <source>Cannot export: {reason}</source>
        <translation>Export nicht möglich: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="49"/>
        <source>{path} already exists (use --force to replace it)</source>
        <translation>{path} existiert bereits (mit --force ersetzen)</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="54"/>
        <source>Cannot tell the format of {path}: use a .pdf, .html, .md or .png name, or --format</source>
        <translation>Das Format von {path} ist nicht erkennbar: Verwenden Sie einen Namen auf .pdf, .html, .md oder .png oder --format</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="61"/>
        <source>The full report is not available as PNG: use PDF, HTML or Markdown</source>
        <translation>Der vollständige Bericht ist nicht als PNG verfügbar: Verwenden Sie PDF, HTML oder Markdown</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="67"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="29"/>
        <source>Privacy policy at a glance</source>
        <translation>Datenschutzerklärung auf einen Blick</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="30"/>
        <source>Policy dated {date}</source>
        <translation>Datenschutzerklärung vom {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="31"/>
        <source>Policy date not stated</source>
        <translation>Datum der Datenschutzerklärung nicht angegeben</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="32"/>
        <source>Written in {language}</source>
        <translation>Verfasst in {language}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="33"/>
        <source>Red flags (%n)</source>
        <translation>
            <numerusform>Warnsignale (%n)</numerusform>
            <numerusform>Warnsignale (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="34"/>
        <source>To exercise your rights</source>
        <translation>Zur Ausübung Ihrer Rechte</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="35"/>
        <source>No contact given: the policy names no e-mail, address or form.</source>
        <translation>Kein Kontakt angegeben: Die Datenschutzerklärung nennt weder E-Mail noch Adresse noch Formular.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="36"/>
        <source>A postal address is given in the policy.</source>
        <translation>Die Datenschutzerklärung nennt eine Postanschrift.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="37"/>
        <source>Phone: {phones}</source>
        <translation>Telefon: {phones}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="38"/>
        <source>Web: {urls}</source>
        <translation>Web: {urls}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="39"/>
        <source>Contact is by a form or obfuscated e-mail (see the policy).</source>
        <translation>Kontakt über ein Formular oder eine verschleierte E-Mail-Adresse (siehe Datenschutzerklärung).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="40"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="41"/>
        <source>+%n more red flag(s)</source>
        <translation>
            <numerusform>+%n weiteres Warnsignal</numerusform>
            <numerusform>+%n weitere Warnsignale</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="42"/>
        <source>Shortened to fit one page. {pointer}</source>
        <translation>Gekürzt, um auf eine Seite zu passen. {pointer}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="43"/>
        <source>Full report: policylens analyze {file}</source>
        <translation>Vollständiger Bericht: policylens analyze {file}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="44"/>
        <source>See the full report in PolicyLens.</source>
        <translation>Den vollständigen Bericht finden Sie in PolicyLens.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="45"/>
        <source>PolicyLens {version}</source>
        <translation>PolicyLens {version}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="46"/>
        <source>Source: {file}</source>
        <translation>Quelle: {file}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="47"/>
        <source>SHA-256 {hash}…</source>
        <translation>SHA-256 {hash}…</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="48"/>
        <source>Analysed on {date}</source>
        <translation>Analysiert am {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="49"/>
        <source>Automated reading of the policy, not legal advice: every finding points to a sentence of it.</source>
        <translation>Automatisierte Auswertung der Datenschutzerklärung, keine Rechtsberatung: Jeder Befund verweist auf einen ihrer Sätze.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="52"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="53"/>
        <source>Full report</source>
        <translation>Vollständiger Bericht</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="54"/>
        <source>In section “{section}”</source>
        <translation>Im Abschnitt „{section}“</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="55"/>
        <source>Found from what the policy does not say.</source>
        <translation>Ergibt sich aus dem, was die Datenschutzerklärung nicht sagt.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="56"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="45"/>
        <source>Export Summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="46"/>
        <source>Save the summary as a one-page PDF or image, a web page or Markdown.</source>
        <translation>Speichern Sie die Zusammenfassung als einseitiges PDF oder Bild, als Webseite oder als Markdown.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="47"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="48"/>
        <source>Paper size:</source>
        <translation>Papierformat:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="49"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="50"/>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="51"/>
        <source>Full report with the evidence (several pages)</source>
        <translation>Vollständiger Bericht mit Belegen (mehrere Seiten)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="52"/>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="53"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="54"/>
        <source>Web page (*.html *.htm)</source>
        <translation>Webseite (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="55"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="56"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="57"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="58"/>
        <source>HTML (web page)</source>
        <translation>HTML (Webseite)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="59"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="60"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="61"/>
        <source>Save Summary As</source>
        <translation>Zusammenfassung speichern unter</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="62"/>
        <source>{name} - privacy summary</source>
        <translation>{name} - Datenschutz-Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="63"/>
        <source>{name} - privacy report</source>
        <translation>{name} - Datenschutzbericht</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="64"/>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="65"/>
        <source>“{file}” already exists. Do you want to replace it?</source>
        <translation>„{file}“ existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="66"/>
        <source>Summary Exported</source>
        <translation>Zusammenfassung exportiert</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="67"/>
        <source>The summary was saved as “{file}”.</source>
        <translation>Die Zusammenfassung wurde als „{file}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="68"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="69"/>
        <source>No File Manager</source>
        <translation>Kein Dateimanager</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="70"/>
        <source>No file manager is available to open the folder. The summary is saved here:</source>
        <translation>Es ist kein Dateimanager verfügbar, um den Ordner zu öffnen. Die Zusammenfassung ist hier gespeichert:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="73"/>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="74"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="75"/>
        <source>The summary could not be saved as “{file}”.</source>
        <translation>Die Zusammenfassung konnte nicht als „{file}“ gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="76"/>
        <source>A PNG image holds the one-page summary only.</source>
        <translation>Ein PNG-Bild enthält nur die einseitige Zusammenfassung.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="22"/>
        <source>The policy gives no e-mail address, postal address or contact form, so there is no sentence to show: this finding comes from what is missing.</source>
        <translation>Die Datenschutzerklärung nennt weder E-Mail-Adresse noch Postanschrift noch Kontaktformular, daher gibt es keinen Satz zu zeigen: Dieser Befund ergibt sich aus dem, was fehlt.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="27"/>
        <source>The policy states no concrete retention period anywhere, so there is no sentence to show: this finding comes from what is missing.</source>
        <translation>Die Datenschutzerklärung nennt nirgends eine konkrete Speicherdauer, daher gibt es keinen Satz zu zeigen: Dieser Befund ergibt sich aus dem, was fehlt.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="32"/>
        <source>The policy does not say whether it sells your data, so there is no sentence to show.</source>
        <translation>Die Datenschutzerklärung sagt nicht, ob Ihre Daten verkauft werden, daher gibt es keinen Satz zu zeigen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="36"/>
        <source>The contact details were found in the policy&apos;s text, but not in one sentence.</source>
        <translation>Die Kontaktdaten stehen im Text der Datenschutzerklärung, aber nicht in einem einzelnen Satz.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="40"/>
        <source>This finding comes from something the policy does not say, so there is no sentence to show.</source>
        <translation>Dieser Befund ergibt sich aus etwas, das die Datenschutzerklärung nicht sagt, daher gibt es keinen Satz zu zeigen.</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="192"/>
        <source>Broad exceptions to your consent</source>
        <translation>Weitreichende Ausnahmen von Ihrer Einwilligung</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="201"/>
        <source>Sells your data</source>
        <translation>Verkauft Ihre Daten</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="209"/>
        <source>Take it or leave it</source>
        <translation>Alles oder nichts</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="218"/>
        <source>Kept forever</source>
        <translation>Für immer gespeichert</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="226"/>
        <source>Targeted advertising</source>
        <translation>Personalisierte Werbung</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="233"/>
        <source>Third-party tracking</source>
        <translation>Tracking durch Dritte</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="242"/>
        <source>Data combined across services</source>
        <translation>Dienstübergreifend verknüpfte Daten</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="251"/>
        <source>Commercial use of &apos;anonymised&apos; data</source>
        <translation>Kommerzielle Nutzung „anonymisierter“ Daten</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="260"/>
        <source>Hardware identifiers collected</source>
        <translation>Hardwarekennungen werden erfasst</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="270"/>
        <source>Sent to other countries</source>
        <translation>Übermittlung in andere Länder</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="277"/>
        <source>No clear retention period</source>
        <translation>Keine klare Speicherdauer</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="285"/>
        <source>Can change without telling you</source>
        <translation>Kann sich ohne Ihr Wissen ändern</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="295"/>
        <source>Your rights come with exceptions</source>
        <translation>Ihre Rechte haben Ausnahmen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="302"/>
        <source>No way to contact them</source>
        <translation>Keine Kontaktmöglichkeit</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="310"/>
        <source>Using it counts as consent</source>
        <translation>Nutzung gilt als Einwilligung</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="317"/>
        <source>Open-ended lists</source>
        <translation>Offene Aufzählungen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="193"/>
        <source>Your data may be collected or disclosed without your consent in wide, loosely defined cases.</source>
        <translation>Ihre Daten können in weit gefassten, vage definierten Fällen ohne Ihre Einwilligung erfasst oder weitergegeben werden.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="202"/>
        <source>Your personal data can be sold, rented or traded to others.</source>
        <translation>Ihre personenbezogenen Daten können an andere verkauft, vermietet oder getauscht werden.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="210"/>
        <source>If you refuse the policy you lose the product or core functions of what you bought.</source>
        <translation>Wenn Sie die Datenschutzerklärung ablehnen, verlieren Sie das Produkt oder Kernfunktionen dessen, was Sie gekauft haben.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="219"/>
        <source>Some data is kept with no end date, so it never goes away.</source>
        <translation>Einige Daten werden ohne Enddatum gespeichert und verschwinden daher nie.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="227"/>
        <source>What they learn about you is used to choose the ads and offers you see.</source>
        <translation>Was über Sie bekannt wird, bestimmt, welche Werbung und Angebote Sie sehen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="234"/>
        <source>Other companies track you through this service, often outside this policy&apos;s protection.</source>
        <translation>Andere Unternehmen verfolgen Ihr Verhalten über diesen Dienst, oft außerhalb des Schutzes dieser Datenschutzerklärung.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="243"/>
        <source>Data from one service is combined with other services or sources into a fuller profile.</source>
        <translation>Daten aus einem Dienst werden mit anderen Diensten oder Quellen zu einem umfassenderen Profil verknüpft.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="252"/>
        <source>&apos;Anonymised&apos; or aggregated data about you may be used commercially without limits.</source>
        <translation>„Anonymisierte“ oder aggregierte Daten über Sie dürfen unbegrenzt kommerziell genutzt werden.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="261"/>
        <source>Permanent device numbers (IMEI, MAC address) let you be recognised for the device&apos;s lifetime.</source>
        <translation>Dauerhafte Gerätenummern (IMEI, MAC-Adresse) machen Sie über die gesamte Lebensdauer des Geräts wiedererkennbar.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="271"/>
        <source>Your data may be stored in countries where the law may protect it less.</source>
        <translation>Ihre Daten können in Ländern gespeichert werden, deren Gesetze sie möglicherweise weniger schützen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="278"/>
        <source>No concrete period is given, so you cannot know when your data is deleted.</source>
        <translation>Es wird keine konkrete Speicherdauer genannt, daher können Sie nicht wissen, wann Ihre Daten gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="286"/>
        <source>The policy can change at any time and it is up to you to notice.</source>
        <translation>Die Datenschutzerklärung kann sich jederzeit ändern, und es liegt an Ihnen, das zu bemerken.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="296"/>
        <source>Your rights are subject to unspecified exceptions, so they may be refused.</source>
        <translation>Ihre Rechte unterliegen nicht näher bestimmten Ausnahmen und können daher verweigert werden.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="303"/>
        <source>No e-mail, address or form is given to ask questions or exercise your rights.</source>
        <translation>Weder E-Mail-Adresse noch Anschrift noch Formular werden genannt, um Fragen zu stellen oder Ihre Rechte auszuüben.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="311"/>
        <source>Merely using the service counts as agreeing to the policy.</source>
        <translation>Schon die bloße Nutzung des Dienstes gilt als Zustimmung zur Datenschutzerklärung.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="318"/>
        <source>Lists end with &apos;etc.&apos; or &apos;not limited to&apos;, so the real scope is open.</source>
        <translation>Aufzählungen enden mit „usw.“ oder „unter anderem“, der tatsächliche Umfang bleibt also offen.</translation>
    </message>
</context>
<context>
    <name>grade</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="94"/>
        <source>{title} ({severity}): −{points}</source>
        <translation>{title} ({severity}): −{points}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="95"/>
        <source>Says it does not sell your data: +{points}</source>
        <translation>Erklärt, Ihre Daten nicht zu verkaufen: +{points}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="96"/>
        <source>States concrete retention periods: +{points}</source>
        <translation>Nennt konkrete Speicherfristen: +{points}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="97"/>
        <source>Names %n right(s) you can use: +{points}</source>
        <translation>
            <numerusform>Nennt %n Recht, das Sie ausüben können: +{points}</numerusform>
            <numerusform>Nennt %n Rechte, die Sie ausüben können: +{points}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="98"/>
        <source>Start from 100, then:</source>
        <translation>Ausgangswert 100, dann:</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="99"/>
        <source>Two or more essentials are missing or vague: the score is capped at {points}</source>
        <translation>Mindestens zwei wesentliche Angaben fehlen oder sind vage: höchstens {points} Punkte</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="106"/>
        <source>This does not look like a privacy policy.</source>
        <translation>Das sieht nicht nach einer Datenschutzerklärung aus.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="107"/>
        <source>Not enough to grade: the text says too little about your data.</source>
        <translation>Keine Bewertung möglich: Der Text sagt zu wenig über Ihre Daten.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="108"/>
        <source>Not graded: PolicyLens cannot read this language.</source>
        <translation>Nicht bewertet: PolicyLens kann diese Sprache nicht lesen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="112"/>
        <source>Not a privacy policy</source>
        <translation>Keine Datenschutzerklärung</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="113"/>
        <source>Not enough to grade</source>
        <translation>Zu wenig für eine Note</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="114"/>
        <source>Not graded</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="118"/>
        <source>Who is responsible and how to reach them</source>
        <translation>Wer verantwortlich ist und wie Sie ihn erreichen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="119"/>
        <source>What data is collected</source>
        <translation>Welche Daten erfasst werden</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="120"/>
        <source>What it is used for</source>
        <translation>Wofür sie verwendet werden</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="121"/>
        <source>Who receives it</source>
        <translation>Wer sie erhält</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="122"/>
        <source>How long it is kept</source>
        <translation>Wie lange sie gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="123"/>
        <source>Your rights and how to use them</source>
        <translation>Ihre Rechte und wie Sie sie ausüben</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="124"/>
        <source>Your right to complain to an authority</source>
        <translation>Ihr Recht auf Beschwerde bei einer Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="127"/>
        <source>stated</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="128"/>
        <source>vague</source>
        <translation>vage</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="129"/>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="132"/>
        <source>Says it does not sell your data</source>
        <translation>Sagt, dass Ihre Daten nicht verkauft werden</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="133"/>
        <source>States concrete retention periods</source>
        <translation>Nennt konkrete Speicherfristen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="134"/>
        <source>Names %n right(s) you can use</source>
        <translation>
            <numerusform>Nennt %n Recht, das Sie ausüben können</numerusform>
            <numerusform>Nennt %n Rechte, die Sie ausüben können</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="137"/>
        <source>Good practice wins back at most half of what red flags cost</source>
        <translation>Gute Praxis gleicht höchstens die Hälfte dessen aus, was Warnsignale kosten</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="141"/>
        <source>What it tells you</source>
        <translation>Was sie Ihnen sagt</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="142"/>
        <source>What it does: red flags</source>
        <translation>Was sie tut: Warnsignale</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="143"/>
        <source>What it does: good practice</source>
        <translation>Was sie tut: gute Praxis</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="144"/>
        <source>Limits</source>
        <translation>Obergrenzen</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="165"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="166"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="167"/>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="168"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="169"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="170"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="171"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="172"/>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="173"/>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="174"/>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="175"/>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="176"/>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="177"/>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="178"/>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="179"/>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="180"/>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="181"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="182"/>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="183"/>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="184"/>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="185"/>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="186"/>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="187"/>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="188"/>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="189"/>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="190"/>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="191"/>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="192"/>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="193"/>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="194"/>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="195"/>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="196"/>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="197"/>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="198"/>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="199"/>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="200"/>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="201"/>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="202"/>
        <source>an unknown language</source>
        <translation>einer unbekannten Sprache</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="64"/>
        <source>Access: a copy of your data (Art. 15)</source>
        <translation>Auskunft: eine Kopie Ihrer Daten (Art. 15)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="65"/>
        <source>Erasure of your data (Art. 17)</source>
        <translation>Löschung Ihrer Daten (Art. 17)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="66"/>
        <source>Rectification of wrong data (Art. 16)</source>
        <translation>Berichtigung falscher Daten (Art. 16)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="67"/>
        <source>Objection, incl. to direct marketing (Art. 21)</source>
        <translation>Widerspruch, auch gegen Direktwerbung (Art. 21)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="68"/>
        <source>Your data in a machine-readable file (Art. 20)</source>
        <translation>Ihre Daten in einer maschinenlesbaren Datei (Art. 20)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="69"/>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation>Widerruf der Einwilligung (Art. 7 Abs. 3)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="70"/>
        <source>Complaint to a supervisory authority (Art. 77)</source>
        <translation>Beschwerde bei einer Aufsichtsbehörde (Art. 77)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="73"/>
        <source>Right to know (CCPA § 1798.110)</source>
        <translation>Recht auf Auskunft (CCPA § 1798.110)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="74"/>
        <source>Right to delete (CCPA § 1798.105)</source>
        <translation>Recht auf Löschung (CCPA § 1798.105)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="75"/>
        <source>Right to correct (CCPA § 1798.106)</source>
        <translation>Recht auf Berichtigung (CCPA § 1798.106)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="76"/>
        <source>Opt out of sale or sharing (CCPA § 1798.120)</source>
        <translation>Widerspruch gegen Verkauf oder Weitergabe (CCPA § 1798.120)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="80"/>
        <source>The policy does not name the company responsible: fill in whom the letter is for.</source>
        <translation>Die Erklärung nennt das verantwortliche Unternehmen nicht: tragen Sie ein, an wen das Schreiben geht.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="83"/>
        <source>The policy gives no e-mail address for privacy requests: send this letter by post (save it as PDF and print it), or fill in an address.</source>
        <translation>Die Erklärung nennt keine E-Mail-Adresse für Datenschutzanfragen: Senden Sie das Schreiben per Post (als PDF speichern und drucken) oder tragen Sie eine Adresse ein.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="88"/>
        <source>The saved page hides the e-mail address (“[email protected]”): look it up on the company&apos;s web page.</source>
        <translation>Die gespeicherte Seite verbirgt die E-Mail-Adresse („[email protected]“): Suchen Sie sie auf der Website des Unternehmens.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="92"/>
        <source>No postal address of the company was found in the policy: fill it in to send the letter by post.</source>
        <translation>In der Erklärung wurde keine Postanschrift des Unternehmens gefunden: Tragen Sie sie ein, um das Schreiben per Post zu senden.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="95"/>
        <source>This authority takes complaints by post or through its web form, not by e-mail.</source>
        <translation>Diese Behörde nimmt Beschwerden per Post oder über ihr Webformular entgegen, nicht per E-Mail.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="98"/>
        <source>In Germany, a complaint about a company normally goes to the authority of the state where the company is based: choose the state.</source>
        <translation>In Deutschland ist für eine Beschwerde über ein Unternehmen normalerweise die Behörde des Bundeslandes zuständig, in dem es seinen Sitz hat: Wählen Sie das Bundesland.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="103"/>
        <source>Letters under California law are written in English.</source>
        <translation>Schreiben nach kalifornischem Recht werden auf Englisch verfasst.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="115"/>
        <source>No supervisory authority is known for the country code “{code}”. Known: {known}.</source>
        <translation>Für den Ländercode „{code}“ ist keine Aufsichtsbehörde bekannt. Bekannt: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="122"/>
        <source>No German state has the code “{code}”. Known: {known}.</source>
        <translation>Kein Bundesland hat den Code „{code}“. Bekannt: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="127"/>
        <source>This policy is read under California law (CCPA), which has no “{request}” request. Known: {known}.</source>
        <translation>Diese Erklärung fällt unter kalifornisches Recht (CCPA), das kein Anliegen „{request}“ kennt. Möglich: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="470"/>
        <source>Unknown request “{request}”. Known: {known}.</source>
        <translation>Unbekanntes Anliegen „{request}“. Möglich: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="476"/>
        <source>A complaint needs a country (known: {known}).</source>
        <translation>Eine Beschwerde braucht ein Land (bekannt: {known}).</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../app/policylens/render.py" line="24"/>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="25"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="26"/>
        <source>Red flags</source>
        <translation>Warnsignale</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="27"/>
        <source>No red flags found.</source>
        <translation>Keine Warnsignale gefunden.</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="28"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="29"/>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="30"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="31"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="32"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="33"/>
        <source>Why this grade</source>
        <translation>Warum diese Note</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="35"/>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="37"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="38"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="168"/>
        <source>A concrete period is stated</source>
        <translation>Eine konkrete Speicherdauer wird genannt</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="169"/>
        <source>As long as necessary (no period given)</source>
        <translation>So lange wie nötig (keine Speicherdauer genannt)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="170"/>
        <source>While your account is active</source>
        <translation>Solange Ihr Konto aktiv ist</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="171"/>
        <source>Longer when the law requires</source>
        <translation>Länger, wenn das Gesetz es verlangt</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="172"/>
        <source>Indefinitely</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="173"/>
        <source>Deleted or anonymised when no longer needed</source>
        <translation>Gelöscht oder anonymisiert, wenn nicht mehr benötigt</translation>
    </message>
</context>
<context>
    <name>rights</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="175"/>
        <source>See your data</source>
        <translation>Auskunft über Ihre Daten erhalten</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="176"/>
        <source>Correct your data</source>
        <translation>Ihre Daten berichtigen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="177"/>
        <source>Delete your data</source>
        <translation>Ihre Daten löschen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="178"/>
        <source>Take your data elsewhere</source>
        <translation>Ihre Daten übertragen lassen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="179"/>
        <source>Limit processing</source>
        <translation>Verarbeitung einschränken</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="180"/>
        <source>Object to processing</source>
        <translation>Der Verarbeitung widersprechen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="181"/>
        <source>Withdraw consent</source>
        <translation>Ihre Einwilligung widerrufen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="182"/>
        <source>Complain to a data-protection authority</source>
        <translation>Beschwerde bei einer Datenschutzbehörde einreichen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="183"/>
        <source>Opt out of marketing</source>
        <translation>Der Werbung widersprechen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="184"/>
        <source>Opt out of the sale of your data</source>
        <translation>Dem Verkauf Ihrer Daten widersprechen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="185"/>
        <source>No penalty for using your rights</source>
        <translation>Keine Nachteile bei Ausübung Ihrer Rechte</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="186"/>
        <source>Refuse or manage cookies</source>
        <translation>Cookies ablehnen oder verwalten</translation>
    </message>
</context>
<context>
    <name>sells</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="36"/>
        <source>Sells your data</source>
        <translation>Verkauft Ihre Daten</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="37"/>
        <source>Does not sell your data</source>
        <translation>Verkauft Ihre Daten nicht</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="38"/>
        <source>Does not say whether it sells your data</source>
        <translation>Sagt nicht, ob Ihre Daten verkauft werden</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="30"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="31"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="32"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>shared</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="160"/>
        <source>Service providers working for it</source>
        <translation>Dienstleister im Auftrag des Unternehmens</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="161"/>
        <source>Companies of the same group</source>
        <translation>Unternehmen derselben Gruppe</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="162"/>
        <source>Advertisers and marketing partners</source>
        <translation>Werbetreibende und Marketingpartner</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="163"/>
        <source>Authorities and courts, when the law requires</source>
        <translation>Behörden und Gerichte, wenn das Gesetz es verlangt</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="164"/>
        <source>A buyer, if the company is sold</source>
        <translation>Ein Käufer, falls das Unternehmen verkauft wird</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="165"/>
        <source>Others, only with your consent</source>
        <translation>Andere, nur mit Ihrer Einwilligung</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="166"/>
        <source>Other users or the public</source>
        <translation>Andere Nutzer oder die Öffentlichkeit</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="23"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="24"/>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="25"/>
        <source>Clearly stated</source>
        <translation>Ausdrücklich</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="26"/>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="148"/>
        <source>This policy is in {language}, which PolicyLens cannot analyse directly. Install an offline translation package from {language} to English to analyse it.</source>
        <translation>Diese Datenschutzerklärung ist in {language} verfasst; PolicyLens kann sie nicht direkt analysieren. Installieren Sie ein Offline-Übersetzungspaket von {language} nach Englisch, um sie zu analysieren.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="153"/>
        <source>The policy mixes languages: {parts}.</source>
        <translation>Die Datenschutzerklärung mischt Sprachen: {parts}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="154"/>
        <source>The language could not be detected with confidence.</source>
        <translation>Die Sprache konnte nicht sicher erkannt werden.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="155"/>
        <source>Analysed through an offline English translation; evidence quotes the original text.</source>
        <translation>Über eine englische Offline-Übersetzung analysiert; die Belege zitieren den Originaltext.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="158"/>
        <source>The text is very short; the summary may be incomplete.</source>
        <translation>Der Text ist sehr kurz; die Zusammenfassung ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="161"/>
        <source>{language} {percent}%</source>
        <translation>{language} {percent}&#xa0;%</translation>
    </message>
</context>
</TS>
