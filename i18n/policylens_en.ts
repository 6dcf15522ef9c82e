<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="125"/>
        <location filename="../app/policylens/ui/dialogs.py" line="152"/>
        <source>About PolicyLens</source>
        <translation>About PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="134"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="136"/>
        <source>Read a privacy policy in a minute. Everything happens on this computer: PolicyLens never connects to the network.</source>
        <translation>Read a privacy policy in a minute. Everything happens on this computer: PolicyLens never connects to the network.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="139"/>
        <source>PolicyLens is free software under the {license} license.</source>
        <translation>PolicyLens is free software under the {license} license.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="140"/>
        <source>Built with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Built with Qt {qt} and PySide6 {pyside}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="141"/>
        <source>Components and their licenses</source>
        <translation>Components and their licenses</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="296"/>
        <source>Shows the sentences of the policy that say this</source>
        <translation>Shows the sentences of the policy that say this</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="297"/>
        <source>Show where the policy says this</source>
        <translation>Show where the policy says this</translation>
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
        <translation>Comparing with “{name}”…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="168"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="169"/>
        <source>Compare — {old} → {new}</source>
        <translation>Compare — {old} → {new}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="234"/>
        <source>Cannot open “{name}”</source>
        <translation>Cannot open “{name}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="319"/>
        <source>Changes in what the policy says</source>
        <translation>Changes in what the policy says</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="341"/>
        <source>◀ Previous change</source>
        <translation>◀ Previous change</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="342"/>
        <source>Next change ▶</source>
        <translation>Next change ▶</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="343"/>
        <source>Previous change (F7)</source>
        <translation>Previous change (F7)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="344"/>
        <source>Next change (F8)</source>
        <translation>Next change (F8)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="355"/>
        <source>Text changes</source>
        <translation>Text changes</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="369"/>
        <source>Export Comparison…</source>
        <translation>Export Comparison…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="370"/>
        <source>Save this comparison as a one-page PDF, HTML or Markdown file (Ctrl+E)</source>
        <translation>Save this comparison as a one-page PDF, HTML or Markdown file (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="372"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="569"/>
        <source>{index} of {total}</source>
        <translation>{index} of {total}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="79"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="83"/>
        <source>Something unexpected went wrong. PolicyLens keeps running; the details below can help to report the problem.</source>
        <translation>Something unexpected went wrong. PolicyLens keeps running; the details below can help to report the problem.</translation>
    </message>
</context>
<context>
    <name>EvidenceBar</name>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="59"/>
        <source>Previous sentence (F7)</source>
        <translation>Previous sentence (F7)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="60"/>
        <source>Previous sentence</source>
        <translation>Previous sentence</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="61"/>
        <source>Next sentence (F8)</source>
        <translation>Next sentence (F8)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="62"/>
        <source>Next sentence</source>
        <translation>Next sentence</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="63"/>
        <location filename="../app/policylens/ui/evidencebar.py" line="64"/>
        <source>Stop showing this finding</source>
        <translation>Stop showing this finding</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="87"/>
        <source>{current} of {total}</source>
        <translation>{current} of {total}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="61"/>
        <location filename="../app/policylens/ui/findbar.py" line="62"/>
        <source>Find in the policy</source>
        <translation>Find in the policy</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="63"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="64"/>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="65"/>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="66"/>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="67"/>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="68"/>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="69"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="139"/>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="143"/>
        <source>{current} of {total}</source>
        <translation>{current} of {total}</translation>
    </message>
</context>
<context>
    <name>FlagButton</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="324"/>
        <source>Red flag, {severity}: {title}</source>
        <translation>Red flag, {severity}: {title}</translation>
    </message>
</context>
<context>
    <name>GradeBadge</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="220"/>
        <source>Not graded</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="234"/>
        <source>Grade {letter}, score {score} out of 100</source>
        <translation>Grade {letter}, score {score} out of 100</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="39"/>
        <source>Why This Grade</source>
        <translation>Why This Grade</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="45"/>
        <source>Grade {letter}, {score}</source>
        <translation>Grade {letter}, {score}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="53"/>
        <source>Start from 100. Each item a privacy notice owes you costs points when it is vague or not stated; each red flag costs 15 (high), 7 (medium) or 3 (low); good practice wins back at most half of what the red flags cost. With two or more essentials missing or vague the grade is at most C. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E.</source>
        <translation>Start from 100. Each item a privacy notice owes you costs points when it is vague or not stated; each red flag costs 15 (high), 7 (medium) or 3 (low); good practice wins back at most half of what the red flags cost. With two or more essentials missing or vague the grade is at most C. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="64"/>
        <source>Reasons for the grade</source>
        <translation>Reasons for the grade</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Sentence in the policy</source>
        <translation>Sentence in the policy</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="77"/>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="101"/>
        <source>Double-click a line, or press Enter on it, to see its sentence in the policy.</source>
        <translation>Double-click a line, or press Enter on it, to see its sentence in the policy.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../app/policylens/ui/help.py" line="90"/>
        <location filename="../app/policylens/ui/help.py" line="91"/>
        <source>PolicyLens Guide</source>
        <translation>PolicyLens Guide</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="98"/>
        <source>How to read a summary</source>
        <translation>How to read a summary</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="104"/>
        <source>PolicyLens reads the policy on your computer and sums it up on the right: a grade, the red flags, and four cards. Click a line of a card or a red flag to see the sentences of the policy that say it; F7 and F8 go to the previous and next one.</source>
        <translation>PolicyLens reads the policy on your computer and sums it up on the right: a grade, the red flags, and four cards. Click a line of a card or a red flag to see the sentences of the policy that say it; F7 and F8 go to the previous and next one.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="111"/>
        <source>The cards</source>
        <translation>The cards</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="114"/>
        <source>what the service collects or receives about you;</source>
        <translation>what the service collects or receives about you;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="115"/>
        <source>who it passes your data on to;</source>
        <translation>who it passes your data on to;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="116"/>
        <source>how long it keeps your data;</source>
        <translation>how long it keeps your data;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="117"/>
        <source>what you can ask of it (a copy, a correction, deletion…) and how to reach it.</source>
        <translation>what you can ask of it (a copy, a correction, deletion…) and how to reach it.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="119"/>
        <source>{term}: {meaning}</source>
        <translation>{term}: {meaning}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="125"/>
        <source>The colors</source>
        <translation>The colors</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="128"/>
        <source>something that weighs against you;</source>
        <translation>something that weighs against you;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="130"/>
        <source>worth a closer look: vague, broad (location or sensitive data, many kinds of data, advertisers among the recipients) or partly against you;</source>
        <translation>worth a closer look: vague, broad (location or sensitive data, many kinds of data, advertisers among the recipients) or partly against you;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="134"/>
        <source>stated clearly, and what it does is mild: this says the policy is clear on the topic, not that all is well;</source>
        <translation>stated clearly, and what it does is mild: this says the policy is clear on the topic, not that all is well;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="137"/>
        <source>the policy does not say.</source>
        <translation>the policy does not say.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="144"/>
        <source>A color always comes with its word, never alone.</source>
        <translation>A color always comes with its word, never alone.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="149"/>
        <source>The grade</source>
        <translation>The grade</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="154"/>
        <source>Every policy starts at 100 points. Each red flag takes points off: {high} for a high one, {medium} for a medium one, {low} for a low one. Saying that it does not sell your data, giving concrete retention periods and naming six or more of your rights each win {bonus} points back, at most half of what the red flags cost.</source>
        <translation>Every policy starts at 100 points. Each red flag takes points off: {high} for a high one, {medium} for a medium one, {low} for a low one. Saying that it does not sell your data, giving concrete retention periods and naming six or more of your rights each win {bonus} points back, at most half of what the red flags cost.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="165"/>
        <source>It also checks what the policy tells you: who is responsible and how to reach them, what data, what for, who receives it, how long it is kept, your rights and your right to complain. Each of these that is missing or vague costs points, and with two or more essentials missing or vague the grade is at most C. A text that does not look like a privacy policy, or says too little, gets no grade. Click the grade (Ctrl+I) to see every line.</source>
        <translation>It also checks what the policy tells you: who is responsible and how to reach them, what data, what for, who receives it, how long it is kept, your rights and your right to complain. Each of these that is missing or vague costs points, and with two or more essentials missing or vague the grade is at most C. A text that does not look like a privacy policy, or says too little, gets no grade. Click the grade (Ctrl+I) to see every line.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="177"/>
        <source>Letters: {bands}; {last} below.</source>
        <translation>Letters: {bands}; {last} below.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="181"/>
        <source>A policy in a language PolicyLens has no rules for is not graded, unless it is analysed through an English translation.</source>
        <translation>A policy in a language PolicyLens has no rules for is not graded, unless it is analysed through an English translation.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="188"/>
        <source>The red flags</source>
        <translation>The red flags</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="193"/>
        <source>Examples come from the policy you have open: {name}.</source>
        <translation>Examples come from the policy you have open: {name}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="210"/>
        <source>In this policy:</source>
        <translation>In this policy:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="211"/>
        <source>“{quote}”</source>
        <translation>“{quote}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="216"/>
        <source>Raised for this policy by what it does not say.</source>
        <translation>Raised for this policy by what it does not say.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="218"/>
        <source>Not found in this policy.</source>
        <translation>Not found in this policy.</translation>
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
        <translation>E-mail to finish in your mail app (*.eml)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="53"/>
        <source>PDF to print (*.pdf)</source>
        <translation>PDF to print (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="95"/>
        <source>Use Your Rights</source>
        <translation>Use Your Rights</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="96"/>
        <source>Use your rights: draft a request or a complaint</source>
        <translation>Use your rights: draft a request or a complaint</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="101"/>
        <source>PolicyLens drafts the letter; you check it, fill in the fields in [brackets] and send it yourself. Nothing is sent from here.</source>
        <translation>PolicyLens drafts the letter; you check it, fill in the fields in [brackets] and send it yourself. Nothing is sent from here.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="114"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="115"/>
        <source>&amp;Request:</source>
        <translation>&amp;Request:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="124"/>
        <source>the policy&apos;s</source>
        <translation>the policy&apos;s</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="124"/>
        <source>yours</source>
        <translation>yours</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="125"/>
        <source>{language} ({which})</source>
        <translation>{language} ({which})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="131"/>
        <source>Language of the letter</source>
        <translation>Language of the letter</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="132"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="143"/>
        <source>Country of the supervisory authority</source>
        <translation>Country of the supervisory authority</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="144"/>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="149"/>
        <source>Federal authority (BfDI)</source>
        <translation>Federal authority (BfDI)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="152"/>
        <source>German state</source>
        <translation>German state</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="172"/>
        <source>Letter (editable)</source>
        <translation>Letter (editable)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="186"/>
        <source>Where the addresses come from</source>
        <translation>Where the addresses come from</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="153"/>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="196"/>
        <source>Co&amp;py Letter</source>
        <translation>Co&amp;py Letter</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="198"/>
        <source>Copy the letter to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copy the letter to the clipboard (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="199"/>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="201"/>
        <source>Save as text, e-mail (.eml) or PDF (Ctrl+S)</source>
        <translation>Save as text, e-mail (.eml) or PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="202"/>
        <source>Open in &amp;Mail App</source>
        <translation>Open in &amp;Mail App</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="204"/>
        <source>Opens a new message in your mail app (Ctrl+M); you send it yourself</source>
        <translation>Opens a new message in your mail app (Ctrl+M); you send it yourself</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="340"/>
        <source>Discard Your Changes?</source>
        <translation>Discard Your Changes?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="341"/>
        <source>You have edited the letter. Draft a new one and lose your changes?</source>
        <translation>You have edited the letter. Draft a new one and lose your changes?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="353"/>
        <source>Addressed with</source>
        <translation>Addressed with</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="357"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="358"/>
        <source>E-mail for requests</source>
        <translation>E-mail for requests</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="359"/>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="360"/>
        <source>Supervisory authority</source>
        <translation>Supervisory authority</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="366"/>
        <source>From PolicyLens&apos;s list of authorities (source: {source})</source>
        <translation>From PolicyLens&apos;s list of authorities (source: {source})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="372"/>
        <source>Not found in the policy.</source>
        <translation>Not found in the policy.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="384"/>
        <source>The policy says: “{quote}”</source>
        <translation>The policy says: “{quote}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="422"/>
        <source>Save Letter As</source>
        <translation>Save Letter As</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="436"/>
        <source>Letter Not Saved</source>
        <translation>Letter Not Saved</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="437"/>
        <source>The letter could not be saved as “{file}”: {reason}</source>
        <translation>The letter could not be saved as “{file}”: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="209"/>
        <source>This sentence supports:</source>
        <translation>This sentence supports:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="354"/>
        <source>Open a policy first: the letters are written from its summary.</source>
        <translation>Open a policy first: the letters are written from its summary.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="357"/>
        <source>Open a policy first: there is no summary to export yet.</source>
        <translation>Open a policy first: there is no summary to export yet.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="371"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="372"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="373"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="374"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="375"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="379"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="380"/>
        <source>Open &amp;Sample Policy</source>
        <translation>Open &amp;Sample Policy</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="381"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="382"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="383"/>
        <source>Open a saved privacy policy</source>
        <translation>Open a saved privacy policy</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="384"/>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Clear Recent Files</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="385"/>
        <source>&amp;Export Summary…</source>
        <translation>&amp;Export Summary…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="386"/>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mpare With…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="387"/>
        <source>Compare the open policy with another version of it</source>
        <translation>Compare the open policy with another version of it</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="388"/>
        <source>&amp;Use Your Rights…</source>
        <translation>&amp;Use Your Rights…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="390"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="391"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="392"/>
        <source>&amp;Paste Policy Text</source>
        <translation>&amp;Paste Policy Text</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="393"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="394"/>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="395"/>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="396"/>
        <source>Previous Evidence Sentence</source>
        <translation>Previous Evidence Sentence</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="397"/>
        <source>Next Evidence Sentence</source>
        <translation>Next Evidence Sentence</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="398"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="399"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="400"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Reset Zoom</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="401"/>
        <source>PolicyLens &amp;Guide</source>
        <translation>PolicyLens &amp;Guide</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="402"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="403"/>
        <source>&amp;About PolicyLens</source>
        <translation>&amp;About PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="404"/>
        <source>Why This &amp;Grade…</source>
        <translation>Why This &amp;Grade…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="405"/>
        <source>How the grade was computed, line by line, with the sentences behind it</source>
        <translation>How the grade was computed, line by line, with the sentences behind it</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="406"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="407"/>
        <source>Cancel the analysis</source>
        <translation>Cancel the analysis</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="408"/>
        <source>Analysis progress</source>
        <translation>Analysis progress</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="409"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="410"/>
        <source>Policy text</source>
        <translation>Policy text</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="412"/>
        <source>The policy. Sentences that support a finding are underlined; hover one to see which.</source>
        <translation>The policy. Sentences that support a finding are underlined; hover one to see which.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="414"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="415"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="416"/>
        <source>Policy and summary</source>
        <translation>Policy and summary</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="439"/>
        <source>{card}: {point}</source>
        <translation>{card}: {point}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="443"/>
        <source>Red flag: {title}</source>
        <translation>Red flag: {title}</translation>
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
        <translation>Privacy policies ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="488"/>
        <source>Web pages ({patterns})</source>
        <translation>Web pages ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="489"/>
        <source>PDF documents ({patterns})</source>
        <translation>PDF documents ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="490"/>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="493"/>
        <source>Text files ({patterns})</source>
        <translation>Text files ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="496"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="871"/>
        <source>All files ({patterns})</source>
        <translation>All files ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="499"/>
        <source>Open a Privacy Policy</source>
        <translation>Open a Privacy Policy</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="512"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="550"/>
        <source>Pasted text</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="520"/>
        <source>Only the first file is opened.</source>
        <translation>Only the first file is opened.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="528"/>
        <source>PolicyLens does not download pages</source>
        <translation>PolicyLens does not download pages</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="530"/>
        <source>PolicyLens does not fetch pages from the web. Save the page in your browser (Ctrl+S) and drop the saved file here, or select the policy&apos;s text and drop or paste it.</source>
        <translation>PolicyLens does not fetch pages from the web. Save the page in your browser (Ctrl+S) and drop the saved file here, or select the policy&apos;s text and drop or paste it.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="542"/>
        <source>Nothing to open</source>
        <translation>Nothing to open</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="543"/>
        <source>There is no file or text to open here.</source>
        <translation>There is no file or text to open here.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="589"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="661"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="665"/>
        <source>Cannot open “{name}”</source>
        <translation>Cannot open “{name}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="666"/>
        <source>The policy shown before is still open.</source>
        <translation>The policy shown before is still open.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="719"/>
        <source>Compare with “{name}”</source>
        <translation>Compare with “{name}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="721"/>
        <source>See what changed from the policy open before</source>
        <translation>See what changed from the policy open before</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="729"/>
        <source>Grade {letter} ({score}/100) — {name}</source>
        <translation>Grade {letter} ({score}/100) — {name}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="734"/>
        <source>{verdict} — {name}</source>
        <translation>{verdict} — {name}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="739"/>
        <source>Analysing “{name}”…</source>
        <translation>Analysing “{name}”…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="848"/>
        <source>Export Summary</source>
        <translation>Export Summary</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="849"/>
        <source>Exporting is not available in this version of PolicyLens.</source>
        <translation>Exporting is not available in this version of PolicyLens.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="874"/>
        <source>Compare With Another Version</source>
        <translation>Compare With Another Version</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="951"/>
        <source>Dropped text</source>
        <translation>Dropped text</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../app/policylens/ui/ops.py" line="171"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/ops.py" line="211"/>
        <source>{label}
{done} of {total} sentences</source>
        <translation>{label}
{done} of {total} sentences</translation>
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
        <translation>No “{pair}” translation package is installed. Open {where}: on a computer connected to the internet, click “{fetch}” and download “{pair}” from the Argos Translate package index ({address}); otherwise copy its .argosmodel file from another computer and click “{file}”.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="81"/>
        <source>Language Packages</source>
        <translation>Language Packages</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="120"/>
        <source>Install From File…</source>
        <translation>Install From File…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="122"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="129"/>
        <source>Online (only when you ask)</source>
        <translation>Online (only when you ask)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="130"/>
        <source>Get the Package List</source>
        <translation>Get the Package List</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="135"/>
        <source>Download and Install</source>
        <translation>Download and Install</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="177"/>
        <source>Packages are kept in {folder}</source>
        <translation>Packages are kept in {folder}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="190"/>
        <source>No language packages installed yet. There are two ways to get one: on a computer connected to the internet, click “{fetch}” below and download one from the Argos Translate package index ({address}); otherwise copy a .argosmodel file from another computer and click “{file}”.</source>
        <translation>No language packages installed yet. There are two ways to get one: on a computer connected to the internet, click “{fetch}” below and download one from the Argos Translate package index ({address}); otherwise copy a .argosmodel file from another computer and click “{file}”.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="202"/>
        <source>Not usable: {names}</source>
        <translation>Not usable: {names}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="219"/>
        <source>The open policy needs the “{pair}” package.</source>
        <translation>The open policy needs the “{pair}” package.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="240"/>
        <source>Install a Language Package</source>
        <translation>Install a Language Package</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="241"/>
        <source>Argos Translate packages (*.argosmodel);;All files (*)</source>
        <translation>Argos Translate packages (*.argosmodel);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="252"/>
        <source>Installing {name}…</source>
        <translation>Installing {name}…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="256"/>
        <source>Installed {source} → {target} (version {version}).</source>
        <translation>Installed {source} → {target} (version {version}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="274"/>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="277"/>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="289"/>
        <source>Getting the package list…</source>
        <translation>Getting the package list…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="296"/>
        <source> (installed)</source>
        <translation> (installed)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/ui/packages_dialog.py" line="302"/>
        <source>%n package(s) available.</source>
        <translation>
            <numerusform>%n package available.</numerusform>
            <numerusform>%n packages available.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="319"/>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="351"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="366"/>
        <source>The package index cannot be reached: this computer seems to be offline. On a computer connected to the internet, download the package from the Argos Translate package index ({address}), copy the .argosmodel file here and click “{file}”.</source>
        <translation>The package index cannot be reached: this computer seems to be offline. On a computer connected to the internet, download the package from the Argos Translate package index ({address}), copy the .argosmodel file here and click “{file}”.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="372"/>
        <source>The package could not be downloaded ({reason}). You can download it on another computer from the Argos Translate package index ({address}) and install the file here with “{file}”.</source>
        <translation>The package could not be downloaded ({reason}). You can download it on another computer from the Argos Translate package index ({address}) and install the file here with “{file}”.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="576"/>
        <source>Open Link</source>
        <translation>Open Link</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="578"/>
        <source>Open this address in your web browser?</source>
        <translation>Open this address in your web browser?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="579"/>
        <source>PolicyLens itself never connects to the network.</source>
        <translation>PolicyLens itself never connects to the network.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="580"/>
        <source>Open in Browser</source>
        <translation>Open in Browser</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../app/policylens/ui/help.py" line="248"/>
        <source>Go to the next or previous finding</source>
        <translation>Go to the next or previous finding</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="248"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="249"/>
        <source>Show the sentences of a finding</source>
        <translation>Show the sentences of a finding</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="249"/>
        <source>Enter or Space</source>
        <translation>Enter or Space</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="253"/>
        <location filename="../app/policylens/ui/help.py" line="254"/>
        <location filename="../app/policylens/ui/help.py" line="260"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="376"/>
        <location filename="../app/policylens/ui/summary_view.py" line="447"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="492"/>
        <source>Click to see why</source>
        <translation>Click to see why</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="505"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="565"/>
        <source>Red flags ({count})</source>
        <translation>Red flags ({count})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="616"/>
        <source>Use your rights…</source>
        <translation>Use your rights…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="618"/>
        <source>Draft a request to the company, or a complaint to an authority (Ctrl+R)</source>
        <translation>Draft a request to the company, or a complaint to an authority (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="619"/>
        <source>Use your rights</source>
        <translation>Use your rights</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="621"/>
        <source>Drafts a letter to ask for your data, have it erased, or complain to an authority</source>
        <translation>Drafts a letter to ask for your data, have it erased, or complain to an authority</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="649"/>
        <source>Show fewer</source>
        <translation>Show fewer</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="651"/>
        <source>Show all {count} red flags</source>
        <translation>Show all {count} red flags</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="152"/>
        <location filename="../app/policylens/ui/translation.py" line="215"/>
        <source>Show &amp;Translation</source>
        <translation>Show &amp;Translation</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="157"/>
        <location filename="../app/policylens/ui/translation.py" line="216"/>
        <source>Translate I&amp;nto</source>
        <translation>Translate I&amp;nto</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="162"/>
        <location filename="../app/policylens/ui/translation.py" line="217"/>
        <source>Analyse Through &amp;English</source>
        <translation>Analyse Through &amp;English</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="165"/>
        <location filename="../app/policylens/ui/translation.py" line="218"/>
        <source>&amp;Language Packages…</source>
        <translation>&amp;Language Packages…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="168"/>
        <location filename="../app/policylens/ui/translation.py" line="219"/>
        <source>Clear Translation &amp;Cache</source>
        <translation>Clear Translation &amp;Cache</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="184"/>
        <location filename="../app/policylens/ui/translation.py" line="220"/>
        <location filename="../app/policylens/ui/translation.py" line="425"/>
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="256"/>
        <source>Open a policy first: there is nothing to translate.</source>
        <translation>Open a policy first: there is nothing to translate.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="268"/>
        <source>Open a policy first.</source>
        <translation>Open a policy first.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="271"/>
        <source>PolicyLens already has rules for this policy&apos;s language.</source>
        <translation>PolicyLens already has rules for this policy&apos;s language.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="273"/>
        <source>The policy&apos;s language could not be recognised.</source>
        <translation>The policy&apos;s language could not be recognised.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="276"/>
        <source>Needs the “{pair}” translation package, from {where}</source>
        <translation>Needs the “{pair}” translation package, from {where}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="300"/>
        <source>Analyse through English</source>
        <translation>Analyse through English</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="301"/>
        <source>Get the {pair} package…</source>
        <translation>Get the {pair} package…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="315"/>
        <source>No rules for {language}: Tools › Analyse Through English reads it through a translation.</source>
        <translation>No rules for {language}: Tools › Analyse Through English reads it through a translation.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="343"/>
        <source>Open a policy to translate it.</source>
        <translation>Open a policy to translate it.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="362"/>
        <source>The policy is already in {language}.</source>
        <translation>The policy is already in {language}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="371"/>
        <source>Translating…</source>
        <translation>Translating…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="372"/>
        <source>Translating the policy…</source>
        <translation>Translating the policy…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="389"/>
        <source>Analysing through an English translation…</source>
        <translation>Analysing through an English translation…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="420"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="451"/>
        <source>The translation cache is cleared.</source>
        <translation>The translation cache is cleared.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="471"/>
        <source>Language Packages…</source>
        <translation>Language Packages…</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="62"/>
        <location filename="../app/policylens/ui/translation.py" line="82"/>
        <source>Side by side with the original</source>
        <translation>Side by side with the original</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="67"/>
        <location filename="../app/policylens/ui/translation.py" line="83"/>
        <source>Translation</source>
        <translation>Translation</translation>
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
        <translation>Drop a privacy policy here</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="100"/>
        <source>A saved web page (.html, .mhtml, .webarchive), a PDF, a document (.docx, .odt, .rtf) or a text file — or paste the text with Ctrl+V.</source>
        <translation>A saved web page (.html, .mhtml, .webarchive), a PDF, a document (.docx, .odt, .rtf) or a text file — or paste the text with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="104"/>
        <source>Open a Policy…</source>
        <translation>Open a Policy…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="105"/>
        <source>Open a policy file</source>
        <translation>Open a policy file</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="106"/>
        <source>Try a Sample</source>
        <translation>Try a Sample</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="107"/>
        <source>Open one of the sample policies</source>
        <translation>Open one of the sample policies</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="108"/>
        <source>Everything stays on this computer: nothing you open is sent anywhere.</source>
        <translation>Everything stays on this computer: nothing you open is sent anywhere.</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="96"/>
        <source>What&apos;s collected</source>
        <translation>What&apos;s collected</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="97"/>
        <source>Who it&apos;s shared with</source>
        <translation>Who it&apos;s shared with</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="98"/>
        <source>How long it&apos;s kept</source>
        <translation>How long it&apos;s kept</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="99"/>
        <source>Your rights</source>
        <translation>Your rights</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="54"/>
        <source>Collects %n kind(s) of data</source>
        <translation>
            <numerusform>Collects %n kind of data</numerusform>
            <numerusform>Collects %n kinds of data</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="55"/>
        <source>Does not say what it collects</source>
        <translation>Does not say what it collects</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="56"/>
        <source>Shared with %n kind(s) of recipient</source>
        <translation>
            <numerusform>Shared with %n kind of recipient</numerusform>
            <numerusform>Shared with %n kinds of recipient</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="57"/>
        <source>Does not say who receives your data</source>
        <translation>Does not say who receives your data</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="58"/>
        <source>Says it shares your data with no one</source>
        <translation>Says it shares your data with no one</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="59"/>
        <source>Your data is sold</source>
        <translation>Your data is sold</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="60"/>
        <source>Kept up to {longest}</source>
        <translation>Kept up to {longest}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="61"/>
        <source>No concrete period</source>
        <translation>No concrete period</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="62"/>
        <source>Some data is kept indefinitely</source>
        <translation>Some data is kept indefinitely</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="63"/>
        <source>Does not say how long data is kept</source>
        <translation>Does not say how long data is kept</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="64"/>
        <source>%n right(s) stated</source>
        <translation>
            <numerusform>%n right stated</numerusform>
            <numerusform>%n rights stated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="65"/>
        <source>No rights stated</source>
        <translation>No rights stated</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="69"/>
        <source>{data}: {duration}</source>
        <translation>{data}: {duration}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="70"/>
        <source>Some data: {duration}</source>
        <translation>Some data: {duration}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="72"/>
        <source>{data}: deleted after {duration} without use</source>
        <translation>{data}: deleted after {duration} without use</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="73"/>
        <source>Deleted after {duration} without use</source>
        <translation>Deleted after {duration} without use</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="75"/>
        <source>Deleted {duration} after your account or membership ends</source>
        <translation>Deleted {duration} after your account or membership ends</translation>
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
            <numerusform>{label}: {names} and %n more</numerusform>
            <numerusform>{label}: {names} and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="79"/>
        <source>Contact: {emails}</source>
        <translation>Contact: {emails}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="80"/>
        <source>No contact given to exercise your rights</source>
        <translation>No contact given to exercise your rights</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="81"/>
        <source>Not shared with anyone else</source>
        <translation>Not shared with anyone else</translation>
    </message>
</context>
<context>
    <name>collected</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="127"/>
        <source>Identity (name, birth date, ID)</source>
        <translation>Identity (name, birth date, ID)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="128"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="132"/>
        <source>Contact details (e-mail, phone, address)</source>
        <translation>Contact details (e-mail, phone, address)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="133"/>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="135"/>
        <source>Account and login</source>
        <translation>Account and login</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="136"/>
        <source>Payment and purchases</source>
        <translation>Payment and purchases</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="139"/>
        <source>Device and network (IP address, identifiers)</source>
        <translation>Device and network (IP address, identifiers)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="140"/>
        <source>Device and network</source>
        <translation>Device and network</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="144"/>
        <source>What you do (pages, clicks, logs)</source>
        <translation>What you do (pages, clicks, logs)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="145"/>
        <source>What you do</source>
        <translation>What you do</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="147"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="148"/>
        <source>Messages you send</source>
        <translation>Messages you send</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="149"/>
        <source>Files and content you upload</source>
        <translation>Files and content you upload</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="150"/>
        <source>Profile and preferences</source>
        <translation>Profile and preferences</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="151"/>
        <source>Cookies and trackers</source>
        <translation>Cookies and trackers</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="152"/>
        <source>Feedback and survey answers</source>
        <translation>Feedback and survey answers</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="155"/>
        <source>Sensitive data (health, biometrics, beliefs)</source>
        <translation>Sensitive data (health, biometrics, beliefs)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="156"/>
        <source>Sensitive data</source>
        <translation>Sensitive data</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="158"/>
        <source>Social networks and contacts</source>
        <translation>Social networks and contacts</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <location filename="../app/policylens/diff_render.py" line="24"/>
        <source>Now collected: {label}</source>
        <translation>Now collected: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="25"/>
        <source>No longer collected: {label}</source>
        <translation>No longer collected: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="26"/>
        <source>Now shared with: {label}</source>
        <translation>Now shared with: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="27"/>
        <source>No longer shared with: {label}</source>
        <translation>No longer shared with: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="28"/>
        <source>{label}: named {before} → {after}</source>
        <translation>{label}: named {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="29"/>
        <source>Selling your data: “{before}” → “{after}”</source>
        <translation>Selling your data: “{before}” → “{after}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="30"/>
        <source>Retention, now says: {label}</source>
        <translation>Retention, now says: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="31"/>
        <source>Retention, no longer says: {label}</source>
        <translation>Retention, no longer says: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="32"/>
        <source>{data}: kept {after} instead of {before}</source>
        <translation>{data}: kept {after} instead of {before}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="33"/>
        <source>{data}: now kept {after}</source>
        <translation>{data}: now kept {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="34"/>
        <source>{data}: the period of {before} is gone</source>
        <translation>{data}: the period of {before} is gone</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="35"/>
        <source>New right: {label}</source>
        <translation>New right: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="36"/>
        <source>Right no longer stated: {label}</source>
        <translation>Right no longer stated: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="37"/>
        <source>{label} added: {after}</source>
        <translation>{label} added: {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="38"/>
        <source>{label} gone: {before}</source>
        <translation>{label} gone: {before}</translation>
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
        <translation>New red flag: {label} ({severity})</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="41"/>
        <source>Red flag gone: {label}</source>
        <translation>Red flag gone: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="42"/>
        <source>{label}: severity {before} → {after}</source>
        <translation>{label}: severity {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="43"/>
        <source>{label} now named: {after}</source>
        <translation>{label} now named: {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="44"/>
        <source>{label} no longer named (was {before})</source>
        <translation>{label} no longer named (was {before})</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="46"/>
        <source>Grade {before} → {after}</source>
        <translation>Grade {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="50"/>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="51"/>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="52"/>
        <source>Contact address on the web</source>
        <translation>Contact address on the web</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="53"/>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="56"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="57"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="60"/>
        <source>Now gives a postal address</source>
        <translation>Now gives a postal address</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="61"/>
        <source>No longer gives a postal address</source>
        <translation>No longer gives a postal address</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="64"/>
        <source>These look like policies of different services.</source>
        <translation>These look like policies of different services.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="65"/>
        <source>The two versions are in different languages: what they say is compared, not their text.</source>
        <translation>The two versions are in different languages: what they say is compared, not their text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="68"/>
        <source>The two versions have the same text (only the layout differs).</source>
        <translation>The two versions have the same text (only the layout differs).</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="69"/>
        <source>The two files are identical: the same text.</source>
        <translation>The two files are identical: the same text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="72"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="73"/>
        <source>No change in what the policy says.</source>
        <translation>No change in what the policy says.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="74"/>
        <source>Old version</source>
        <translation>Old version</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="75"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="76"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="77"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="78"/>
        <source>(not in this version)</source>
        <translation>(not in this version)</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="79"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="80"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="81"/>
        <source>updated {date}</source>
        <translation>updated {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="82"/>
        <source>no date given</source>
        <translation>no date given</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="83"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="84"/>
        <source>not graded</source>
        <translation>not graded</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="85"/>
        <source>Text not compared (different languages).</source>
        <translation>Text not compared (different languages).</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="86"/>
        <source>Some data</source>
        <translation>Some data</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="87"/>
        <source>Grade unchanged: {grade}</source>
        <translation>Grade unchanged: {grade}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="90"/>
        <source>%n sentence(s) added</source>
        <translation>
            <numerusform>%n sentence added</numerusform>
            <numerusform>%n sentences added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="91"/>
        <source>%n sentence(s) removed</source>
        <translation>
            <numerusform>%n sentence removed</numerusform>
            <numerusform>%n sentences removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="92"/>
        <source>%n sentence(s) changed</source>
        <translation>
            <numerusform>%n sentence changed</numerusform>
            <numerusform>%n sentences changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="93"/>
        <source>%n sentence(s) moved</source>
        <translation>
            <numerusform>%n sentence moved</numerusform>
            <numerusform>%n sentences moved</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="96"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="97"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="98"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="99"/>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="101"/>
        <source>%n unchanged sentence(s)</source>
        <translation>
            <numerusform>%n unchanged sentence</numerusform>
            <numerusform>%n unchanged sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/comparison.py" line="37"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duration</name>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="85"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="86"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="87"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="88"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="89"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="90"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../app/policylens/core/errors.py" line="35"/>
        <location filename="../app/policylens/ui/dialogs.py" line="41"/>
        <source>Something went wrong: {detail}</source>
        <translation>Something went wrong: {detail}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="59"/>
        <source>The file does not exist: {path}</source>
        <translation>The file does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="64"/>
        <source>The file cannot be read: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="69"/>
        <source>This is not a regular file: {path}</source>
        <translation>This is not a regular file: {path}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="74"/>
        <source>This kind of file is not supported ({kind}). PolicyLens reads text, Markdown, HTML, MHTML, PDF, Word (.docx), OpenDocument (.odt), RTF and Safari web archive files.</source>
        <translation>This kind of file is not supported ({kind}). PolicyLens reads text, Markdown, HTML, MHTML, PDF, Word (.docx), OpenDocument (.odt), RTF and Safari web archive files.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="85"/>
        <source>This is an old Microsoft Office file ({kind}), which PolicyLens cannot read. Open it in Word or LibreOffice and save it as .docx or PDF, then open that file.</source>
        <translation>This is an old Microsoft Office file ({kind}), which PolicyLens cannot read. Open it in Word or LibreOffice and save it as .docx or PDF, then open that file.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="96"/>
        <source>This {kind} file was not opened: it would unpack to {size_mb} MB ({reason}), far more than a document needs. It may be damaged or built to harm.</source>
        <translation>This {kind} file was not opened: it would unpack to {size_mb} MB ({reason}), far more than a document needs. It may be damaged or built to harm.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="105"/>
        <source>This file holds binary data, not text.</source>
        <translation>This file holds binary data, not text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="110"/>
        <source>The document contains no text.</source>
        <translation>The document contains no text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="117"/>
        <source>There is too little text here to be a privacy policy.</source>
        <translation>There is too little text here to be a privacy policy.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="124"/>
        <source>This web page contains no text of its own (it is probably filled in by scripts when it is shown). Save it from the browser as a single file (.mhtml) or print it to PDF, then open that.</source>
        <translation>This web page contains no text of its own (it is probably filled in by scripts when it is shown). Save it from the browser as a single file (.mhtml) or print it to PDF, then open that.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="133"/>
        <source>This PDF has no text layer (it is probably a scan). Run it through OCR first, or open the web page or text version of the policy.</source>
        <translation>This PDF has no text layer (it is probably a scan). Run it through OCR first, or open the web page or text version of the policy.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="142"/>
        <source>This document is encrypted and cannot be read.</source>
        <translation>This document is encrypted and cannot be read.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="147"/>
        <source>This {kind} file is damaged and cannot be read ({reason}).</source>
        <translation>This {kind} file is damaged and cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="152"/>
        <source>The file is too large ({size_mb} MB). PolicyLens opens files up to {limit_mb} MB.</source>
        <translation>The file is too large ({size_mb} MB). PolicyLens opens files up to {limit_mb} MB.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="159"/>
        <source>This does not look like a privacy policy: it says nothing about personal data.</source>
        <translation>This does not look like a privacy policy: it says nothing about personal data.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="167"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="8"/>
        <source>The package index cannot be reached (offline?). Install a package from a file: policylens packs install FILE.argosmodel</source>
        <translation>The package index cannot be reached (offline?). Install a package from a file: policylens packs install FILE.argosmodel</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="26"/>
        <source>The package could not be downloaded ({reason}). Install a package from a file: policylens packs install FILE.argosmodel</source>
        <translation>The package could not be downloaded ({reason}). Install a package from a file: policylens packs install FILE.argosmodel</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="35"/>
        <source>The package index has no package from {source} to {target}.</source>
        <translation>The package index has no package from {source} to {target}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="42"/>
        <source>{name} is not a usable translation package: {reason}</source>
        <translation>{name} is not a usable translation package: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="47"/>
        <source>{name} translates from {got_source} to {got_target}, not from {source} to {target}.</source>
        <translation>{name} translates from {got_source} to {got_target}, not from {source} to {target}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="54"/>
        <source>No translation package from {source} to {target} is installed. Install one from a file (policylens packs install FILE.argosmodel) or, online, download it (policylens packs download {source_code} {target_code}).</source>
        <translation>No translation package from {source} to {target} is installed. Install one from a file (policylens packs install FILE.argosmodel) or, online, download it (policylens packs download {source_code} {target_code}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="64"/>
        <source>No package from {source} to {target} is installed.</source>
        <translation>No package from {source} to {target} is installed.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="69"/>
        <source>The policy&apos;s language could not be detected; name it with --from CODE.</source>
        <translation>The policy&apos;s language could not be detected; name it with --from CODE.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="78"/>
        <source>The installed package {name} cannot be loaded ({reason}). Remove it and install it again.</source>
        <translation>The installed package {name} cannot be loaded ({reason}). Remove it and install it again.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="40"/>
        <source>There is not enough memory to analyse this document.</source>
        <translation>There is not enough memory to analyse this document.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="44"/>
        <source>Cannot export: {reason}</source>
        <translation>Cannot export: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="49"/>
        <source>{path} already exists (use --force to replace it)</source>
        <translation>{path} already exists (use --force to replace it)</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="54"/>
        <source>Cannot tell the format of {path}: use a .pdf, .html, .md or .png name, or --format</source>
        <translation>Cannot tell the format of {path}: use a .pdf, .html, .md or .png name, or --format</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="61"/>
        <source>The full report is not available as PNG: use PDF, HTML or Markdown</source>
        <translation>The full report is not available as PNG: use PDF, HTML or Markdown</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="67"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="29"/>
        <source>Privacy policy at a glance</source>
        <translation>Privacy policy at a glance</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="30"/>
        <source>Policy dated {date}</source>
        <translation>Policy dated {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="31"/>
        <source>Policy date not stated</source>
        <translation>Policy date not stated</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="32"/>
        <source>Written in {language}</source>
        <translation>Written in {language}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="33"/>
        <source>Red flags (%n)</source>
        <translation>
            <numerusform>Red flags (%n)</numerusform>
            <numerusform>Red flags (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="34"/>
        <source>To exercise your rights</source>
        <translation>To exercise your rights</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="35"/>
        <source>No contact given: the policy names no e-mail, address or form.</source>
        <translation>No contact given: the policy names no e-mail, address or form.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="36"/>
        <source>A postal address is given in the policy.</source>
        <translation>A postal address is given in the policy.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="37"/>
        <source>Phone: {phones}</source>
        <translation>Phone: {phones}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="38"/>
        <source>Web: {urls}</source>
        <translation>Web: {urls}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="39"/>
        <source>Contact is by a form or obfuscated e-mail (see the policy).</source>
        <translation>Contact is by a form or obfuscated e-mail (see the policy).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="40"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="41"/>
        <source>+%n more red flag(s)</source>
        <translation>
            <numerusform>+%n more red flag</numerusform>
            <numerusform>+%n more red flags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="42"/>
        <source>Shortened to fit one page. {pointer}</source>
        <translation>Shortened to fit one page. {pointer}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="43"/>
        <source>Full report: policylens analyze {file}</source>
        <translation>Full report: policylens analyze {file}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="44"/>
        <source>See the full report in PolicyLens.</source>
        <translation>See the full report in PolicyLens.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="45"/>
        <source>PolicyLens {version}</source>
        <translation>PolicyLens {version}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="46"/>
        <source>Source: {file}</source>
        <translation>Source: {file}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="47"/>
        <source>SHA-256 {hash}…</source>
        <translation>SHA-256 {hash}…</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="48"/>
        <source>Analysed on {date}</source>
        <translation>Analysed on {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="49"/>
        <source>Automated reading of the policy, not legal advice: every finding points to a sentence of it.</source>
        <translation>Automated reading of the policy, not legal advice: every finding points to a sentence of it.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="52"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="53"/>
        <source>Full report</source>
        <translation>Full report</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="54"/>
        <source>In section “{section}”</source>
        <translation>In section “{section}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="55"/>
        <source>Found from what the policy does not say.</source>
        <translation>Found from what the policy does not say.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="56"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="45"/>
        <source>Export Summary</source>
        <translation>Export Summary</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="46"/>
        <source>Save the summary as a one-page PDF or image, a web page or Markdown.</source>
        <translation>Save the summary as a one-page PDF or image, a web page or Markdown.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="47"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="48"/>
        <source>Paper size:</source>
        <translation>Paper size:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="49"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="50"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="51"/>
        <source>Full report with the evidence (several pages)</source>
        <translation>Full report with the evidence (several pages)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="52"/>
        <source>Choose File…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="53"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="54"/>
        <source>Web page (*.html *.htm)</source>
        <translation>Web page (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="55"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="56"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="57"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="58"/>
        <source>HTML (web page)</source>
        <translation>HTML (web page)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="59"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="60"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="61"/>
        <source>Save Summary As</source>
        <translation>Save Summary As</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="62"/>
        <source>{name} - privacy summary</source>
        <translation>{name} - privacy summary</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="63"/>
        <source>{name} - privacy report</source>
        <translation>{name} - privacy report</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="64"/>
        <source>Replace File?</source>
        <translation>Replace File?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="65"/>
        <source>“{file}” already exists. Do you want to replace it?</source>
        <translation>“{file}” already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="66"/>
        <source>Summary Exported</source>
        <translation>Summary Exported</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="67"/>
        <source>The summary was saved as “{file}”.</source>
        <translation>The summary was saved as “{file}”.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="68"/>
        <source>Open Folder</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="69"/>
        <source>No File Manager</source>
        <translation>No File Manager</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="70"/>
        <source>No file manager is available to open the folder. The summary is saved here:</source>
        <translation>No file manager is available to open the folder. The summary is saved here:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="73"/>
        <source>Copy Path</source>
        <translation>Copy Path</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="74"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="75"/>
        <source>The summary could not be saved as “{file}”.</source>
        <translation>The summary could not be saved as “{file}”.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="76"/>
        <source>A PNG image holds the one-page summary only.</source>
        <translation>A PNG image holds the one-page summary only.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="22"/>
        <source>The policy gives no e-mail address, postal address or contact form, so there is no sentence to show: this finding comes from what is missing.</source>
        <translation>The policy gives no e-mail address, postal address or contact form, so there is no sentence to show: this finding comes from what is missing.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="27"/>
        <source>The policy states no concrete retention period anywhere, so there is no sentence to show: this finding comes from what is missing.</source>
        <translation>The policy states no concrete retention period anywhere, so there is no sentence to show: this finding comes from what is missing.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="32"/>
        <source>The policy does not say whether it sells your data, so there is no sentence to show.</source>
        <translation>The policy does not say whether it sells your data, so there is no sentence to show.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="36"/>
        <source>The contact details were found in the policy&apos;s text, but not in one sentence.</source>
        <translation>The contact details were found in the policy&apos;s text, but not in one sentence.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="40"/>
        <source>This finding comes from something the policy does not say, so there is no sentence to show.</source>
        <translation>This finding comes from something the policy does not say, so there is no sentence to show.</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="192"/>
        <source>Broad exceptions to your consent</source>
        <translation>Broad exceptions to your consent</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="201"/>
        <source>Sells your data</source>
        <translation>Sells your data</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="209"/>
        <source>Take it or leave it</source>
        <translation>Take it or leave it</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="218"/>
        <source>Kept forever</source>
        <translation>Kept forever</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="226"/>
        <source>Targeted advertising</source>
        <translation>Targeted advertising</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="233"/>
        <source>Third-party tracking</source>
        <translation>Third-party tracking</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="242"/>
        <source>Data combined across services</source>
        <translation>Data combined across services</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="251"/>
        <source>Commercial use of &apos;anonymised&apos; data</source>
        <translation>Commercial use of &apos;anonymised&apos; data</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="260"/>
        <source>Hardware identifiers collected</source>
        <translation>Hardware identifiers collected</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="270"/>
        <source>Sent to other countries</source>
        <translation>Sent to other countries</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="277"/>
        <source>No clear retention period</source>
        <translation>No clear retention period</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="285"/>
        <source>Can change without telling you</source>
        <translation>Can change without telling you</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="295"/>
        <source>Your rights come with exceptions</source>
        <translation>Your rights come with exceptions</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="302"/>
        <source>No way to contact them</source>
        <translation>No way to contact them</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="310"/>
        <source>Using it counts as consent</source>
        <translation>Using it counts as consent</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="317"/>
        <source>Open-ended lists</source>
        <translation>Open-ended lists</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="193"/>
        <source>Your data may be collected or disclosed without your consent in wide, loosely defined cases.</source>
        <translation>Your data may be collected or disclosed without your consent in wide, loosely defined cases.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="202"/>
        <source>Your personal data can be sold, rented or traded to others.</source>
        <translation>Your personal data can be sold, rented or traded to others.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="210"/>
        <source>If you refuse the policy you lose the product or core functions of what you bought.</source>
        <translation>If you refuse the policy you lose the product or core functions of what you bought.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="219"/>
        <source>Some data is kept with no end date, so it never goes away.</source>
        <translation>Some data is kept with no end date, so it never goes away.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="227"/>
        <source>What they learn about you is used to choose the ads and offers you see.</source>
        <translation>What they learn about you is used to choose the ads and offers you see.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="234"/>
        <source>Other companies track you through this service, often outside this policy&apos;s protection.</source>
        <translation>Other companies track you through this service, often outside this policy&apos;s protection.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="243"/>
        <source>Data from one service is combined with other services or sources into a fuller profile.</source>
        <translation>Data from one service is combined with other services or sources into a fuller profile.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="252"/>
        <source>&apos;Anonymised&apos; or aggregated data about you may be used commercially without limits.</source>
        <translation>&apos;Anonymised&apos; or aggregated data about you may be used commercially without limits.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="261"/>
        <source>Permanent device numbers (IMEI, MAC address) let you be recognised for the device&apos;s lifetime.</source>
        <translation>Permanent device numbers (IMEI, MAC address) let you be recognised for the device&apos;s lifetime.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="271"/>
        <source>Your data may be stored in countries where the law may protect it less.</source>
        <translation>Your data may be stored in countries where the law may protect it less.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="278"/>
        <source>No concrete period is given, so you cannot know when your data is deleted.</source>
        <translation>No concrete period is given, so you cannot know when your data is deleted.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="286"/>
        <source>The policy can change at any time and it is up to you to notice.</source>
        <translation>The policy can change at any time and it is up to you to notice.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="296"/>
        <source>Your rights are subject to unspecified exceptions, so they may be refused.</source>
        <translation>Your rights are subject to unspecified exceptions, so they may be refused.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="303"/>
        <source>No e-mail, address or form is given to ask questions or exercise your rights.</source>
        <translation>No e-mail, address or form is given to ask questions or exercise your rights.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="311"/>
        <source>Merely using the service counts as agreeing to the policy.</source>
        <translation>Merely using the service counts as agreeing to the policy.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="318"/>
        <source>Lists end with &apos;etc.&apos; or &apos;not limited to&apos;, so the real scope is open.</source>
        <translation>Lists end with &apos;etc.&apos; or &apos;not limited to&apos;, so the real scope is open.</translation>
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
        <translation>Says it does not sell your data: +{points}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="96"/>
        <source>States concrete retention periods: +{points}</source>
        <translation>States concrete retention periods: +{points}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="97"/>
        <source>Names %n right(s) you can use: +{points}</source>
        <translation>
            <numerusform>Names %n right you can use: +{points}</numerusform>
            <numerusform>Names %n rights you can use: +{points}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="98"/>
        <source>Start from 100, then:</source>
        <translation>Start from 100, then:</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="99"/>
        <source>Two or more essentials are missing or vague: the score is capped at {points}</source>
        <translation>Two or more essentials are missing or vague: the score is capped at {points}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="106"/>
        <source>This does not look like a privacy policy.</source>
        <translation>This does not look like a privacy policy.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="107"/>
        <source>Not enough to grade: the text says too little about your data.</source>
        <translation>Not enough to grade: the text says too little about your data.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="108"/>
        <source>Not graded: PolicyLens cannot read this language.</source>
        <translation>Not graded: PolicyLens cannot read this language.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="112"/>
        <source>Not a privacy policy</source>
        <translation>Not a privacy policy</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="113"/>
        <source>Not enough to grade</source>
        <translation>Not enough to grade</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="114"/>
        <source>Not graded</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="118"/>
        <source>Who is responsible and how to reach them</source>
        <translation>Who is responsible and how to reach them</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="119"/>
        <source>What data is collected</source>
        <translation>What data is collected</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="120"/>
        <source>What it is used for</source>
        <translation>What it is used for</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="121"/>
        <source>Who receives it</source>
        <translation>Who receives it</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="122"/>
        <source>How long it is kept</source>
        <translation>How long it is kept</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="123"/>
        <source>Your rights and how to use them</source>
        <translation>Your rights and how to use them</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="124"/>
        <source>Your right to complain to an authority</source>
        <translation>Your right to complain to an authority</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="127"/>
        <source>stated</source>
        <translation>stated</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="128"/>
        <source>vague</source>
        <translation>vague</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="129"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="132"/>
        <source>Says it does not sell your data</source>
        <translation>Says it does not sell your data</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="133"/>
        <source>States concrete retention periods</source>
        <translation>States concrete retention periods</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="134"/>
        <source>Names %n right(s) you can use</source>
        <translation>
            <numerusform>Names %n right you can use</numerusform>
            <numerusform>Names %n rights you can use</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="137"/>
        <source>Good practice wins back at most half of what red flags cost</source>
        <translation>Good practice wins back at most half of what red flags cost</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="141"/>
        <source>What it tells you</source>
        <translation>What it tells you</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="142"/>
        <source>What it does: red flags</source>
        <translation>What it does: red flags</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="143"/>
        <source>What it does: good practice</source>
        <translation>What it does: good practice</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="144"/>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="165"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="166"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="167"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="168"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="169"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="170"/>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="171"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="172"/>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="173"/>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="174"/>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="175"/>
        <source>Norwegian</source>
        <translation>Norwegian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="176"/>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="177"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="178"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="179"/>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="180"/>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="181"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="182"/>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="183"/>
        <source>Czech</source>
        <translation>Czech</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="184"/>
        <source>Slovak</source>
        <translation>Slovak</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="185"/>
        <source>Hungarian</source>
        <translation>Hungarian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="186"/>
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="187"/>
        <source>Greek</source>
        <translation>Greek</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="188"/>
        <source>Bulgarian</source>
        <translation>Bulgarian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="189"/>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="190"/>
        <source>Croatian</source>
        <translation>Croatian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="191"/>
        <source>Slovenian</source>
        <translation>Slovenian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="192"/>
        <source>Estonian</source>
        <translation>Estonian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="193"/>
        <source>Latvian</source>
        <translation>Latvian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="194"/>
        <source>Lithuanian</source>
        <translation>Lithuanian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="195"/>
        <source>Hebrew</source>
        <translation>Hebrew</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="196"/>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="197"/>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="198"/>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="199"/>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="200"/>
        <source>Catalan</source>
        <translation>Catalan</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="201"/>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="202"/>
        <source>an unknown language</source>
        <translation>an unknown language</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="64"/>
        <source>Access: a copy of your data (Art. 15)</source>
        <translation>Access: a copy of your data (Art. 15)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="65"/>
        <source>Erasure of your data (Art. 17)</source>
        <translation>Erasure of your data (Art. 17)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="66"/>
        <source>Rectification of wrong data (Art. 16)</source>
        <translation>Rectification of wrong data (Art. 16)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="67"/>
        <source>Objection, incl. to direct marketing (Art. 21)</source>
        <translation>Objection, incl. to direct marketing (Art. 21)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="68"/>
        <source>Your data in a machine-readable file (Art. 20)</source>
        <translation>Your data in a machine-readable file (Art. 20)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="69"/>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation>Withdrawal of consent (Art. 7(3))</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="70"/>
        <source>Complaint to a supervisory authority (Art. 77)</source>
        <translation>Complaint to a supervisory authority (Art. 77)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="73"/>
        <source>Right to know (CCPA § 1798.110)</source>
        <translation>Right to know (CCPA § 1798.110)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="74"/>
        <source>Right to delete (CCPA § 1798.105)</source>
        <translation>Right to delete (CCPA § 1798.105)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="75"/>
        <source>Right to correct (CCPA § 1798.106)</source>
        <translation>Right to correct (CCPA § 1798.106)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="76"/>
        <source>Opt out of sale or sharing (CCPA § 1798.120)</source>
        <translation>Opt out of sale or sharing (CCPA § 1798.120)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="80"/>
        <source>The policy does not name the company responsible: fill in whom the letter is for.</source>
        <translation>The policy does not name the company responsible: fill in whom the letter is for.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="83"/>
        <source>The policy gives no e-mail address for privacy requests: send this letter by post (save it as PDF and print it), or fill in an address.</source>
        <translation>The policy gives no e-mail address for privacy requests: send this letter by post (save it as PDF and print it), or fill in an address.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="88"/>
        <source>The saved page hides the e-mail address (“[email protected]”): look it up on the company&apos;s web page.</source>
        <translation>The saved page hides the e-mail address (“[email protected]”): look it up on the company&apos;s web page.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="92"/>
        <source>No postal address of the company was found in the policy: fill it in to send the letter by post.</source>
        <translation>No postal address of the company was found in the policy: fill it in to send the letter by post.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="95"/>
        <source>This authority takes complaints by post or through its web form, not by e-mail.</source>
        <translation>This authority takes complaints by post or through its web form, not by e-mail.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="98"/>
        <source>In Germany, a complaint about a company normally goes to the authority of the state where the company is based: choose the state.</source>
        <translation>In Germany, a complaint about a company normally goes to the authority of the state where the company is based: choose the state.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="103"/>
        <source>Letters under California law are written in English.</source>
        <translation>Letters under California law are written in English.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="115"/>
        <source>No supervisory authority is known for the country code “{code}”. Known: {known}.</source>
        <translation>No supervisory authority is known for the country code “{code}”. Known: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="122"/>
        <source>No German state has the code “{code}”. Known: {known}.</source>
        <translation>No German state has the code “{code}”. Known: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="127"/>
        <source>This policy is read under California law (CCPA), which has no “{request}” request. Known: {known}.</source>
        <translation>This policy is read under California law (CCPA), which has no “{request}” request. Known: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="470"/>
        <source>Unknown request “{request}”. Known: {known}.</source>
        <translation>Unknown request “{request}”. Known: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="476"/>
        <source>A complaint needs a country (known: {known}).</source>
        <translation>A complaint needs a country (known: {known}).</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../app/policylens/render.py" line="24"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="25"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="26"/>
        <source>Red flags</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="27"/>
        <source>No red flags found.</source>
        <translation>No red flags found.</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="28"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="29"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="30"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="31"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="32"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="33"/>
        <source>Why this grade</source>
        <translation>Why this grade</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="35"/>
        <source>not graded</source>
        <translation>not graded</translation>
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
        <translation>A concrete period is stated</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="169"/>
        <source>As long as necessary (no period given)</source>
        <translation>As long as necessary (no period given)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="170"/>
        <source>While your account is active</source>
        <translation>While your account is active</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="171"/>
        <source>Longer when the law requires</source>
        <translation>Longer when the law requires</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="172"/>
        <source>Indefinitely</source>
        <translation>Indefinitely</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="173"/>
        <source>Deleted or anonymised when no longer needed</source>
        <translation>Deleted or anonymised when no longer needed</translation>
    </message>
</context>
<context>
    <name>rights</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="175"/>
        <source>See your data</source>
        <translation>See your data</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="176"/>
        <source>Correct your data</source>
        <translation>Correct your data</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="177"/>
        <source>Delete your data</source>
        <translation>Delete your data</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="178"/>
        <source>Take your data elsewhere</source>
        <translation>Take your data elsewhere</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="179"/>
        <source>Limit processing</source>
        <translation>Limit processing</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="180"/>
        <source>Object to processing</source>
        <translation>Object to processing</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="181"/>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="182"/>
        <source>Complain to a data-protection authority</source>
        <translation>Complain to a data-protection authority</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="183"/>
        <source>Opt out of marketing</source>
        <translation>Opt out of marketing</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="184"/>
        <source>Opt out of the sale of your data</source>
        <translation>Opt out of the sale of your data</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="185"/>
        <source>No penalty for using your rights</source>
        <translation>No penalty for using your rights</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="186"/>
        <source>Refuse or manage cookies</source>
        <translation>Refuse or manage cookies</translation>
    </message>
</context>
<context>
    <name>sells</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="36"/>
        <source>Sells your data</source>
        <translation>Sells your data</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="37"/>
        <source>Does not sell your data</source>
        <translation>Does not sell your data</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="38"/>
        <source>Does not say whether it sells your data</source>
        <translation>Does not say whether it sells your data</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="30"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="31"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="32"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
</context>
<context>
    <name>shared</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="160"/>
        <source>Service providers working for it</source>
        <translation>Service providers working for it</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="161"/>
        <source>Companies of the same group</source>
        <translation>Companies of the same group</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="162"/>
        <source>Advertisers and marketing partners</source>
        <translation>Advertisers and marketing partners</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="163"/>
        <source>Authorities and courts, when the law requires</source>
        <translation>Authorities and courts, when the law requires</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="164"/>
        <source>A buyer, if the company is sold</source>
        <translation>A buyer, if the company is sold</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="165"/>
        <source>Others, only with your consent</source>
        <translation>Others, only with your consent</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="166"/>
        <source>Other users or the public</source>
        <translation>Other users or the public</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="23"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="24"/>
        <source>Caution</source>
        <translation>Caution</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="25"/>
        <source>Clearly stated</source>
        <translation>Clearly stated</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="26"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="148"/>
        <source>This policy is in {language}, which PolicyLens cannot analyse directly. Install an offline translation package from {language} to English to analyse it.</source>
        <translation>This policy is in {language}, which PolicyLens cannot analyse directly. Install an offline translation package from {language} to English to analyse it.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="153"/>
        <source>The policy mixes languages: {parts}.</source>
        <translation>The policy mixes languages: {parts}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="154"/>
        <source>The language could not be detected with confidence.</source>
        <translation>The language could not be detected with confidence.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="155"/>
        <source>Analysed through an offline English translation; evidence quotes the original text.</source>
        <translation>Analysed through an offline English translation; evidence quotes the original text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="158"/>
        <source>The text is very short; the summary may be incomplete.</source>
        <translation>The text is very short; the summary may be incomplete.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="161"/>
        <source>{language} {percent}%</source>
        <translation>{language} {percent}%</translation>
    </message>
</context>
</TS>
