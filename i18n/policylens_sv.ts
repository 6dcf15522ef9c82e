<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="125"/>
        <location filename="../app/policylens/ui/dialogs.py" line="152"/>
        <source>About PolicyLens</source>
        <translation>Om PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="134"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="136"/>
        <source>Read a privacy policy in a minute. Everything happens on this computer: PolicyLens never connects to the network.</source>
        <translation>Läs en integritetspolicy på en minut. Allt sker på den här datorn: PolicyLens ansluter aldrig till nätverket.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="139"/>
        <source>PolicyLens is free software under the {license} license.</source>
        <translation>PolicyLens är fri programvara under licensen {license}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="140"/>
        <source>Built with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Byggt med Qt {qt} och PySide6 {pyside}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="141"/>
        <source>Components and their licenses</source>
        <translation>Komponenter och deras licenser</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="296"/>
        <source>Shows the sentences of the policy that say this</source>
        <translation>Visar meningarna i policyn som säger detta</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="297"/>
        <source>Show where the policy says this</source>
        <translation>Visa var policyn säger detta</translation>
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
        <translation>Jämför med ”{name}”…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="168"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="169"/>
        <source>Compare — {old} → {new}</source>
        <translation>Jämför — {old} → {new}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="234"/>
        <source>Cannot open “{name}”</source>
        <translation>Kan inte öppna ”{name}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="319"/>
        <source>Changes in what the policy says</source>
        <translation>Ändringar i vad policyn säger</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="341"/>
        <source>◀ Previous change</source>
        <translation>◀ Föregående ändring</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="342"/>
        <source>Next change ▶</source>
        <translation>Nästa ändring ▶</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="343"/>
        <source>Previous change (F7)</source>
        <translation>Föregående ändring (F7)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="344"/>
        <source>Next change (F8)</source>
        <translation>Nästa ändring (F8)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="355"/>
        <source>Text changes</source>
        <translation>Ändringar i texten</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="369"/>
        <source>Export Comparison…</source>
        <translation>Exportera jämförelsen…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="370"/>
        <source>Save this comparison as a one-page PDF, HTML or Markdown file (Ctrl+E)</source>
        <translation>Spara jämförelsen som en sida i PDF, HTML eller Markdown (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="372"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="569"/>
        <source>{index} of {total}</source>
        <translation>{index} av {total}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="79"/>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="83"/>
        <source>Something unexpected went wrong. PolicyLens keeps running; the details below can help to report the problem.</source>
        <translation>Något oväntat gick fel. PolicyLens fortsätter att köras; informationen nedan kan hjälpa till att rapportera problemet.</translation>
    </message>
</context>
<context>
    <name>EvidenceBar</name>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="59"/>
        <source>Previous sentence (F7)</source>
        <translation>Föregående mening (F7)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="60"/>
        <source>Previous sentence</source>
        <translation>Föregående mening</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="61"/>
        <source>Next sentence (F8)</source>
        <translation>Nästa mening (F8)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="62"/>
        <source>Next sentence</source>
        <translation>Nästa mening</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="63"/>
        <location filename="../app/policylens/ui/evidencebar.py" line="64"/>
        <source>Stop showing this finding</source>
        <translation>Sluta visa det här fyndet</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="87"/>
        <source>{current} of {total}</source>
        <translation>{current} av {total}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="61"/>
        <location filename="../app/policylens/ui/findbar.py" line="62"/>
        <source>Find in the policy</source>
        <translation>Sök i policyn</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="63"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Föregående träff (Skift+Enter)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="64"/>
        <source>Previous match</source>
        <translation>Föregående träff</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="65"/>
        <source>Next match (Enter)</source>
        <translation>Nästa träff (Enter)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="66"/>
        <source>Next match</source>
        <translation>Nästa träff</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="67"/>
        <source>Close the find bar (Esc)</source>
        <translation>Stäng sökfältet (Esc)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="68"/>
        <source>Close the find bar</source>
        <translation>Stäng sökfältet</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="69"/>
        <source>Matches</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="139"/>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="143"/>
        <source>{current} of {total}</source>
        <translation>{current} av {total}</translation>
    </message>
</context>
<context>
    <name>FlagButton</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="324"/>
        <source>Red flag, {severity}: {title}</source>
        <translation>Varningsflagga, {severity}: {title}</translation>
    </message>
</context>
<context>
    <name>GradeBadge</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="220"/>
        <source>Not graded</source>
        <translation>Inget betyg</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="234"/>
        <source>Grade {letter}, score {score} out of 100</source>
        <translation>Betyg {letter}, {score} av 100 poäng</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="39"/>
        <source>Why This Grade</source>
        <translation>Varför det här betyget</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="45"/>
        <source>Grade {letter}, {score}</source>
        <translation>Betyg {letter}, {score}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="53"/>
        <source>Start from 100. Each item a privacy notice owes you costs points when it is vague or not stated; each red flag costs 15 (high), 7 (medium) or 3 (low); good practice wins back at most half of what the red flags cost. With two or more essentials missing or vague the grade is at most C. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E.</source>
        <translation>Vi börjar på 100. Varje uppgift som en integritetspolicy är skyldig dig kostar poäng när den är vag eller saknas; varje varningsflagga kostar 15 (hög), 7 (medel) eller 3 (låg); goda rutiner väger upp högst hälften av vad varningsflaggorna kostar. Saknas eller är minst två väsentliga uppgifter vaga blir betyget högst C. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, annars E.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="64"/>
        <source>Reasons for the grade</source>
        <translation>Skäl till betyget</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Sentence in the policy</source>
        <translation>Mening i policyn</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="77"/>
        <source>(not stated)</source>
        <translation>(anges inte)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="101"/>
        <source>Double-click a line, or press Enter on it, to see its sentence in the policy.</source>
        <translation>Dubbelklicka på en rad, eller tryck Retur på den, för att se meningen i policyn.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../app/policylens/ui/help.py" line="90"/>
        <location filename="../app/policylens/ui/help.py" line="91"/>
        <source>PolicyLens Guide</source>
        <translation>PolicyLens-guide</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="98"/>
        <source>How to read a summary</source>
        <translation>Så läser du en sammanfattning</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="104"/>
        <source>PolicyLens reads the policy on your computer and sums it up on the right: a grade, the red flags, and four cards. Click a line of a card or a red flag to see the sentences of the policy that say it; F7 and F8 go to the previous and next one.</source>
        <translation>PolicyLens läser policyn på din dator och sammanfattar den till höger: ett betyg, varningsflaggorna och fyra kort. Klicka på en rad i ett kort eller på en varningsflagga för att se de meningar i policyn som säger det; F7 och F8 går till föregående och nästa.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="111"/>
        <source>The cards</source>
        <translation>Korten</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="114"/>
        <source>what the service collects or receives about you;</source>
        <translation>vad tjänsten samlar in eller får om dig;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="115"/>
        <source>who it passes your data on to;</source>
        <translation>vem den lämnar vidare dina uppgifter till;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="116"/>
        <source>how long it keeps your data;</source>
        <translation>hur länge den sparar dina uppgifter;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="117"/>
        <source>what you can ask of it (a copy, a correction, deletion…) and how to reach it.</source>
        <translation>vad du kan begära av den (en kopia, rättelse, radering…) och hur du når den.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="119"/>
        <source>{term}: {meaning}</source>
        <translation>{term}: {meaning}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="125"/>
        <source>The colors</source>
        <translation>Färgerna</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="128"/>
        <source>something that weighs against you;</source>
        <translation>något som talar emot dig;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="130"/>
        <source>worth a closer look: vague, broad (location or sensitive data, many kinds of data, advertisers among the recipients) or partly against you;</source>
        <translation>värt en närmare titt: vagt, omfattande (plats eller känsliga uppgifter, många slags uppgifter, annonsörer bland mottagarna) eller delvis emot dig;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="134"/>
        <source>stated clearly, and what it does is mild: this says the policy is clear on the topic, not that all is well;</source>
        <translation>tydligt sagt, och det den gör är måttligt: policyn är tydlig på den punkten, inte att allt är bra;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="137"/>
        <source>the policy does not say.</source>
        <translation>policyn säger inget om det.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="144"/>
        <source>A color always comes with its word, never alone.</source>
        <translation>En färg visas alltid med sitt ord, aldrig ensam.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="149"/>
        <source>The grade</source>
        <translation>Betyget</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="154"/>
        <source>Every policy starts at 100 points. Each red flag takes points off: {high} for a high one, {medium} for a medium one, {low} for a low one. Saying that it does not sell your data, giving concrete retention periods and naming six or more of your rights each win {bonus} points back, at most half of what the red flags cost.</source>
        <translation>Varje policy börjar på 100 poäng. Varje varningsflagga drar av poäng: {high} för en hög, {medium} för en medel, {low} för en låg. Att säga att den inte säljer dina uppgifter, att ange konkreta lagringstider och att nämna sex eller fler av dina rättigheter ger vardera tillbaka {bonus} poäng, högst hälften av vad varningsflaggorna kostar.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="165"/>
        <source>It also checks what the policy tells you: who is responsible and how to reach them, what data, what for, who receives it, how long it is kept, your rights and your right to complain. Each of these that is missing or vague costs points, and with two or more essentials missing or vague the grade is at most C. A text that does not look like a privacy policy, or says too little, gets no grade. Click the grade (Ctrl+I) to see every line.</source>
        <translation>Den kontrollerar också vad policyn berättar: vem som är ansvarig och hur du når dem, vilka uppgifter, varför, vem som tar emot dem, hur länge de sparas, dina rättigheter och din rätt att lämna in klagomål. Varje sådan uppgift som saknas eller är vag kostar poäng, och saknas eller är minst två väsentliga uppgifter vaga blir betyget högst C. En text som inte ser ut som en integritetspolicy, eller som säger för lite, får inget betyg. Klicka på betyget (Ctrl+I) för att se varje rad.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="177"/>
        <source>Letters: {bands}; {last} below.</source>
        <translation>Bokstäver: {bands}; {last} under det.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="181"/>
        <source>A policy in a language PolicyLens has no rules for is not graded, unless it is analysed through an English translation.</source>
        <translation>En policy på ett språk som PolicyLens saknar regler för får inget betyg, om den inte analyseras via en engelsk översättning.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="188"/>
        <source>The red flags</source>
        <translation>Varningsflaggorna</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="193"/>
        <source>Examples come from the policy you have open: {name}.</source>
        <translation>Exemplen kommer från policyn du har öppen: {name}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="210"/>
        <source>In this policy:</source>
        <translation>I den här policyn:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="211"/>
        <source>“{quote}”</source>
        <translation>”{quote}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="216"/>
        <source>Raised for this policy by what it does not say.</source>
        <translation>Flaggad för den här policyn på grund av vad den inte säger.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="218"/>
        <source>Not found in this policy.</source>
        <translation>Finns inte i den här policyn.</translation>
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
        <translation>E-post att göra klart i e-postprogrammet (*.eml)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="53"/>
        <source>PDF to print (*.pdf)</source>
        <translation>PDF att skriva ut (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="95"/>
        <source>Use Your Rights</source>
        <translation>Utöva dina rättigheter</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="96"/>
        <source>Use your rights: draft a request or a complaint</source>
        <translation>Utöva dina rättigheter: skriv en begäran eller ett klagomål</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="101"/>
        <source>PolicyLens drafts the letter; you check it, fill in the fields in [brackets] and send it yourself. Nothing is sent from here.</source>
        <translation>PolicyLens skriver ett utkast; du granskar det, fyller i fälten inom [hakparentes] och skickar det själv. Inget skickas härifrån.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="114"/>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="115"/>
        <source>&amp;Request:</source>
        <translation>&amp;Begäran:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="124"/>
        <source>the policy&apos;s</source>
        <translation>policyns</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="124"/>
        <source>yours</source>
        <translation>ditt</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="125"/>
        <source>{language} ({which})</source>
        <translation>{language} ({which})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="131"/>
        <source>Language of the letter</source>
        <translation>Brevets språk</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="132"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="143"/>
        <source>Country of the supervisory authority</source>
        <translation>Tillsynsmyndighetens land</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="144"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="149"/>
        <source>Federal authority (BfDI)</source>
        <translation>Förbundsmyndigheten (BfDI)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="152"/>
        <source>German state</source>
        <translation>Tysk delstat</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="172"/>
        <source>Letter (editable)</source>
        <translation>Brev (redigerbart)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="186"/>
        <source>Where the addresses come from</source>
        <translation>Var adresserna kommer ifrån</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="153"/>
        <source>S&amp;tate:</source>
        <translation>&amp;Delstat:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="196"/>
        <source>Co&amp;py Letter</source>
        <translation>Ko&amp;piera brevet</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="198"/>
        <source>Copy the letter to the clipboard (Ctrl+Shift+C)</source>
        <translation>Kopiera brevet till urklipp (Ctrl+Skift+C)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="199"/>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="201"/>
        <source>Save as text, e-mail (.eml) or PDF (Ctrl+S)</source>
        <translation>Spara som text, e-post (.eml) eller PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="202"/>
        <source>Open in &amp;Mail App</source>
        <translation>Öppna i e-post&amp;programmet</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="204"/>
        <source>Opens a new message in your mail app (Ctrl+M); you send it yourself</source>
        <translation>Öppnar ett nytt meddelande i ditt e-postprogram (Ctrl+M); du skickar det själv</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="340"/>
        <source>Discard Your Changes?</source>
        <translation>Kasta dina ändringar?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="341"/>
        <source>You have edited the letter. Draft a new one and lose your changes?</source>
        <translation>Du har redigerat brevet. Vill du skriva ett nytt och förlora dina ändringar?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="353"/>
        <source>Addressed with</source>
        <translation>Adresserat med</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="357"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="358"/>
        <source>E-mail for requests</source>
        <translation>E-post för förfrågningar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="359"/>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="360"/>
        <source>Supervisory authority</source>
        <translation>Tillsynsmyndighet</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="366"/>
        <source>From PolicyLens&apos;s list of authorities (source: {source})</source>
        <translation>Från PolicyLens lista över myndigheter (källa: {source})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="372"/>
        <source>Not found in the policy.</source>
        <translation>Hittades inte i policyn.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="384"/>
        <source>The policy says: “{quote}”</source>
        <translation>Policyn säger: ”{quote}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="422"/>
        <source>Save Letter As</source>
        <translation>Spara brevet som</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="436"/>
        <source>Letter Not Saved</source>
        <translation>Brevet sparades inte</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="437"/>
        <source>The letter could not be saved as “{file}”: {reason}</source>
        <translation>Brevet kunde inte sparas som ”{file}”: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="209"/>
        <source>This sentence supports:</source>
        <translation>Den här meningen stöder:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="354"/>
        <source>Open a policy first: the letters are written from its summary.</source>
        <translation>Öppna en policy först: breven skrivs utifrån dess sammanfattning.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="357"/>
        <source>Open a policy first: there is no summary to export yet.</source>
        <translation>Öppna en policy först: det finns ingen sammanfattning att exportera än.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="371"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="372"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="373"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="374"/>
        <source>&amp;Tools</source>
        <translation>Ver&amp;ktyg</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="375"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="379"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="380"/>
        <source>Open &amp;Sample Policy</source>
        <translation>Öppna e&amp;xempelpolicy</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="381"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="382"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="383"/>
        <source>Open a saved privacy policy</source>
        <translation>Öppna en sparad integritetspolicy</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="384"/>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Rensa senaste filer</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="385"/>
        <source>&amp;Export Summary…</source>
        <translation>&amp;Exportera sammanfattning…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="386"/>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;Jämför med…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="387"/>
        <source>Compare the open policy with another version of it</source>
        <translation>Jämför den öppna policyn med en annan version av den</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="388"/>
        <source>&amp;Use Your Rights…</source>
        <translation>Utöva dina rä&amp;ttigheter…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="390"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="391"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="392"/>
        <source>&amp;Paste Policy Text</source>
        <translation>Klistra &amp;in policytext</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="393"/>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="394"/>
        <source>Find &amp;Next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="395"/>
        <source>Find Pre&amp;vious</source>
        <translation>Sök &amp;föregående</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="396"/>
        <source>Previous Evidence Sentence</source>
        <translation>Föregående belägg</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="397"/>
        <source>Next Evidence Sentence</source>
        <translation>Nästa belägg</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="398"/>
        <source>Zoom &amp;In</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="399"/>
        <source>Zoom &amp;Out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="400"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Återställ zoom</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="401"/>
        <source>PolicyLens &amp;Guide</source>
        <translation>PolicyLens-&amp;guide</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="402"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="403"/>
        <source>&amp;About PolicyLens</source>
        <translation>&amp;Om PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="404"/>
        <source>Why This &amp;Grade…</source>
        <translation>Varför det här &amp;betyget…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="405"/>
        <source>How the grade was computed, line by line, with the sentences behind it</source>
        <translation>Hur betyget räknades fram, rad för rad, med meningarna bakom</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="406"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="407"/>
        <source>Cancel the analysis</source>
        <translation>Avbryt analysen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="408"/>
        <source>Analysis progress</source>
        <translation>Analysförlopp</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="409"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="410"/>
        <source>Policy text</source>
        <translation>Policytext</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="412"/>
        <source>The policy. Sentences that support a finding are underlined; hover one to see which.</source>
        <translation>Policyn. Meningar som stöder ett fynd är understrukna; håll muspekaren över en för att se vilket.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="414"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="415"/>
        <source>Evidence</source>
        <translation>Belägg</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="416"/>
        <source>Policy and summary</source>
        <translation>Policy och sammanfattning</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="439"/>
        <source>{card}: {point}</source>
        <translation>{card}: {point}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="443"/>
        <source>Red flag: {title}</source>
        <translation>Varningsflagga: {title}</translation>
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
        <translation>Integritetspolicyer ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="488"/>
        <source>Web pages ({patterns})</source>
        <translation>Webbsidor ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="489"/>
        <source>PDF documents ({patterns})</source>
        <translation>PDF-dokument ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="490"/>
        <source>Documents ({patterns})</source>
        <translation>Dokument ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="493"/>
        <source>Text files ({patterns})</source>
        <translation>Textfiler ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="496"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="871"/>
        <source>All files ({patterns})</source>
        <translation>Alla filer ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="499"/>
        <source>Open a Privacy Policy</source>
        <translation>Öppna en integritetspolicy</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="512"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="550"/>
        <source>Pasted text</source>
        <translation>Inklistrad text</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="520"/>
        <source>Only the first file is opened.</source>
        <translation>Bara den första filen öppnas.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="528"/>
        <source>PolicyLens does not download pages</source>
        <translation>PolicyLens laddar inte ned sidor</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="530"/>
        <source>PolicyLens does not fetch pages from the web. Save the page in your browser (Ctrl+S) and drop the saved file here, or select the policy&apos;s text and drop or paste it.</source>
        <translation>PolicyLens hämtar inte sidor från webben. Spara sidan i webbläsaren (Ctrl+S) och släpp den sparade filen här, eller markera policyns text och släpp eller klistra in den.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="542"/>
        <source>Nothing to open</source>
        <translation>Inget att öppna</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="543"/>
        <source>There is no file or text to open here.</source>
        <translation>Det finns ingen fil eller text att öppna här.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="589"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="661"/>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="665"/>
        <source>Cannot open “{name}”</source>
        <translation>Det går inte att öppna ”{name}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="666"/>
        <source>The policy shown before is still open.</source>
        <translation>Policyn som visades tidigare är fortfarande öppen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="719"/>
        <source>Compare with “{name}”</source>
        <translation>Jämför med ”{name}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="721"/>
        <source>See what changed from the policy open before</source>
        <translation>Se vad som ändrats jämfört med policyn som var öppen förut</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="729"/>
        <source>Grade {letter} ({score}/100) — {name}</source>
        <translation>Betyg {letter} ({score}/100) — {name}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="734"/>
        <source>{verdict} — {name}</source>
        <translation>{verdict} — {name}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="739"/>
        <source>Analysing “{name}”…</source>
        <translation>Analyserar ”{name}”…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="848"/>
        <source>Export Summary</source>
        <translation>Exportera sammanfattning</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="849"/>
        <source>Exporting is not available in this version of PolicyLens.</source>
        <translation>Export är inte tillgängligt i den här versionen av PolicyLens.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="874"/>
        <source>Compare With Another Version</source>
        <translation>Jämför med en annan version</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="951"/>
        <source>Dropped text</source>
        <translation>Släppt text</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../app/policylens/ui/ops.py" line="171"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/ops.py" line="211"/>
        <source>{label}
{done} of {total} sentences</source>
        <translation>{label}
{done} av {total} meningar</translation>
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
        <translation>Inget översättningspaket för ”{pair}” är installerat. Öppna {where}: på en dator med internetanslutning klickar du på ”{fetch}” och laddar ned ”{pair}” från Argos Translates paketindex ({address}); annars kopierar du paketets .argosmodel-fil från en annan dator och klickar på ”{file}”.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="81"/>
        <source>Language Packages</source>
        <translation>Språkpaket</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="120"/>
        <source>Install From File…</source>
        <translation>Installera från fil…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="122"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="129"/>
        <source>Online (only when you ask)</source>
        <translation>Online (bara när du ber om det)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="130"/>
        <source>Get the Package List</source>
        <translation>Hämta paketlistan</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="135"/>
        <source>Download and Install</source>
        <translation>Ladda ned och installera</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="177"/>
        <source>Packages are kept in {folder}</source>
        <translation>Paketen sparas i {folder}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="190"/>
        <source>No language packages installed yet. There are two ways to get one: on a computer connected to the internet, click “{fetch}” below and download one from the Argos Translate package index ({address}); otherwise copy a .argosmodel file from another computer and click “{file}”.</source>
        <translation>Inga språkpaket är installerade än. Det finns två sätt att skaffa ett: på en dator med internetanslutning klickar du på ”{fetch}” nedan och laddar ned ett från Argos Translates paketindex ({address}); annars kopierar du en .argosmodel-fil från en annan dator och klickar på ”{file}”.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="202"/>
        <source>Not usable: {names}</source>
        <translation>Kan inte användas: {names}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="219"/>
        <source>The open policy needs the “{pair}” package.</source>
        <translation>Den öppna policyn behöver paketet ”{pair}”.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="240"/>
        <source>Install a Language Package</source>
        <translation>Installera ett språkpaket</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="241"/>
        <source>Argos Translate packages (*.argosmodel);;All files (*)</source>
        <translation>Argos Translate-paket (*.argosmodel);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="252"/>
        <source>Installing {name}…</source>
        <translation>Installerar {name}…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="256"/>
        <source>Installed {source} → {target} (version {version}).</source>
        <translation>Installerat: {source} → {target} (version {version}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="274"/>
        <source>Removing…</source>
        <translation>Tar bort…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="277"/>
        <source>Removed.</source>
        <translation>Borttaget.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="289"/>
        <source>Getting the package list…</source>
        <translation>Hämtar paketlistan…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="296"/>
        <source> (installed)</source>
        <translation> (installerat)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/ui/packages_dialog.py" line="302"/>
        <source>%n package(s) available.</source>
        <translation>
            <numerusform>%n paket tillgängligt.</numerusform>
            <numerusform>%n paket tillgängliga.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="319"/>
        <source>Downloading…</source>
        <translation>Laddar ned…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="351"/>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="366"/>
        <source>The package index cannot be reached: this computer seems to be offline. On a computer connected to the internet, download the package from the Argos Translate package index ({address}), copy the .argosmodel file here and click “{file}”.</source>
        <translation>Paketindexet kan inte nås: datorn verkar vara offline. Ladda ned paketet från Argos Translates paketindex ({address}) på en dator med internetanslutning, kopiera .argosmodel-filen hit och klicka på ”{file}”.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="372"/>
        <source>The package could not be downloaded ({reason}). You can download it on another computer from the Argos Translate package index ({address}) and install the file here with “{file}”.</source>
        <translation>Paketet kunde inte laddas ned ({reason}). Du kan ladda ned det på en annan dator från Argos Translates paketindex ({address}) och installera filen här med ”{file}”.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="576"/>
        <source>Open Link</source>
        <translation>Öppna länk</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="578"/>
        <source>Open this address in your web browser?</source>
        <translation>Öppna den här adressen i webbläsaren?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="579"/>
        <source>PolicyLens itself never connects to the network.</source>
        <translation>PolicyLens själv ansluter aldrig till nätverket.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="580"/>
        <source>Open in Browser</source>
        <translation>Öppna i webbläsaren</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../app/policylens/ui/help.py" line="248"/>
        <source>Go to the next or previous finding</source>
        <translation>Gå till nästa eller föregående fynd</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="248"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tabb, Skift+Tabb</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="249"/>
        <source>Show the sentences of a finding</source>
        <translation>Visa meningarna bakom ett fynd</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="249"/>
        <source>Enter or Space</source>
        <translation>Retur eller blanksteg</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="253"/>
        <location filename="../app/policylens/ui/help.py" line="254"/>
        <location filename="../app/policylens/ui/help.py" line="260"/>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="376"/>
        <location filename="../app/policylens/ui/summary_view.py" line="447"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="492"/>
        <source>Click to see why</source>
        <translation>Klicka för att se varför</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="505"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="565"/>
        <source>Red flags ({count})</source>
        <translation>Varningsflaggor ({count})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="616"/>
        <source>Use your rights…</source>
        <translation>Utöva dina rättigheter…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="618"/>
        <source>Draft a request to the company, or a complaint to an authority (Ctrl+R)</source>
        <translation>Skriv en begäran till företaget, eller ett klagomål till en myndighet (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="619"/>
        <source>Use your rights</source>
        <translation>Utöva dina rättigheter</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="621"/>
        <source>Drafts a letter to ask for your data, have it erased, or complain to an authority</source>
        <translation>Skriver ett brev för att få ut dina uppgifter, få dem raderade eller klaga hos en myndighet</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="649"/>
        <source>Show fewer</source>
        <translation>Visa färre</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="651"/>
        <source>Show all {count} red flags</source>
        <translation>Visa alla {count} varningsflaggor</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="152"/>
        <location filename="../app/policylens/ui/translation.py" line="215"/>
        <source>Show &amp;Translation</source>
        <translation>Visa &amp;översättning</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="157"/>
        <location filename="../app/policylens/ui/translation.py" line="216"/>
        <source>Translate I&amp;nto</source>
        <translation>Översätt &amp;till</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="162"/>
        <location filename="../app/policylens/ui/translation.py" line="217"/>
        <source>Analyse Through &amp;English</source>
        <translation>Analysera via &amp;engelska</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="165"/>
        <location filename="../app/policylens/ui/translation.py" line="218"/>
        <source>&amp;Language Packages…</source>
        <translation>&amp;Språkpaket…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="168"/>
        <location filename="../app/policylens/ui/translation.py" line="219"/>
        <source>Clear Translation &amp;Cache</source>
        <translation>Töm översättnings&amp;cachen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="184"/>
        <location filename="../app/policylens/ui/translation.py" line="220"/>
        <location filename="../app/policylens/ui/translation.py" line="425"/>
        <source>Translation</source>
        <translation>Översättning</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="256"/>
        <source>Open a policy first: there is nothing to translate.</source>
        <translation>Öppna en policy först: det finns inget att översätta.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="268"/>
        <source>Open a policy first.</source>
        <translation>Öppna en policy först.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="271"/>
        <source>PolicyLens already has rules for this policy&apos;s language.</source>
        <translation>PolicyLens har redan regler för den här policyns språk.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="273"/>
        <source>The policy&apos;s language could not be recognised.</source>
        <translation>Policyns språk kunde inte kännas igen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="276"/>
        <source>Needs the “{pair}” translation package, from {where}</source>
        <translation>Kräver översättningspaketet ”{pair}”, som du hämtar i {where}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="300"/>
        <source>Analyse through English</source>
        <translation>Analysera via engelska</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="301"/>
        <source>Get the {pair} package…</source>
        <translation>Skaffa paketet ”{pair}”…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="315"/>
        <source>No rules for {language}: Tools › Analyse Through English reads it through a translation.</source>
        <translation>Inga regler för {language}: Verktyg › Analysera via engelska läser den genom en översättning.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="343"/>
        <source>Open a policy to translate it.</source>
        <translation>Öppna en policy för att översätta den.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="362"/>
        <source>The policy is already in {language}.</source>
        <translation>Policyn är redan på {language}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="371"/>
        <source>Translating…</source>
        <translation>Översätter…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="372"/>
        <source>Translating the policy…</source>
        <translation>Översätter policyn…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="389"/>
        <source>Analysing through an English translation…</source>
        <translation>Analyserar via en engelsk översättning…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="420"/>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="451"/>
        <source>The translation cache is cleared.</source>
        <translation>Översättningscachen har tömts.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="471"/>
        <source>Language Packages…</source>
        <translation>Språkpaket…</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="62"/>
        <location filename="../app/policylens/ui/translation.py" line="82"/>
        <source>Side by side with the original</source>
        <translation>Sida vid sida med originalet</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="67"/>
        <location filename="../app/policylens/ui/translation.py" line="83"/>
        <source>Translation</source>
        <translation>Översättning</translation>
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
        <translation>Släpp en integritetspolicy här</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="100"/>
        <source>A saved web page (.html, .mhtml, .webarchive), a PDF, a document (.docx, .odt, .rtf) or a text file — or paste the text with Ctrl+V.</source>
        <translation>En sparad webbsida (.html, .mhtml, .webarchive), en PDF, ett dokument (.docx, .odt, .rtf) eller en textfil — eller klistra in texten med Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="104"/>
        <source>Open a Policy…</source>
        <translation>Öppna en policy…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="105"/>
        <source>Open a policy file</source>
        <translation>Öppna en policyfil</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="106"/>
        <source>Try a Sample</source>
        <translation>Prova ett exempel</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="107"/>
        <source>Open one of the sample policies</source>
        <translation>Öppna en av exempelpolicyerna</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="108"/>
        <source>Everything stays on this computer: nothing you open is sent anywhere.</source>
        <translation>Allt stannar på den här datorn: inget du öppnar skickas någonstans.</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="96"/>
        <source>What&apos;s collected</source>
        <translation>Insamlade uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="97"/>
        <source>Who it&apos;s shared with</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="98"/>
        <source>How long it&apos;s kept</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="99"/>
        <source>Your rights</source>
        <translation>Dina rättigheter</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="54"/>
        <source>Collects %n kind(s) of data</source>
        <translation>
            <numerusform>Samlar in %n typ av uppgifter</numerusform>
            <numerusform>Samlar in %n typer av uppgifter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="55"/>
        <source>Does not say what it collects</source>
        <translation>Säger inte vad som samlas in</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="56"/>
        <source>Shared with %n kind(s) of recipient</source>
        <translation>
            <numerusform>Delas med %n typ av mottagare</numerusform>
            <numerusform>Delas med %n typer av mottagare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="57"/>
        <source>Does not say who receives your data</source>
        <translation>Säger inte vem som får dina uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="58"/>
        <source>Says it shares your data with no one</source>
        <translation>Säger att dina uppgifter inte delas med någon</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="59"/>
        <source>Your data is sold</source>
        <translation>Dina uppgifter säljs</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="60"/>
        <source>Kept up to {longest}</source>
        <translation>Sparas i upp till {longest}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="61"/>
        <source>No concrete period</source>
        <translation>Ingen konkret lagringstid</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="62"/>
        <source>Some data is kept indefinitely</source>
        <translation>Vissa uppgifter sparas på obestämd tid</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="63"/>
        <source>Does not say how long data is kept</source>
        <translation>Säger inte hur länge uppgifterna sparas</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="64"/>
        <source>%n right(s) stated</source>
        <translation>
            <numerusform>%n rättighet anges</numerusform>
            <numerusform>%n rättigheter anges</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="65"/>
        <source>No rights stated</source>
        <translation>Inga rättigheter anges</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="69"/>
        <source>{data}: {duration}</source>
        <translation>{data}: {duration}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="70"/>
        <source>Some data: {duration}</source>
        <translation>Vissa uppgifter: {duration}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="72"/>
        <source>{data}: deleted after {duration} without use</source>
        <translation>{data}: raderas efter {duration} utan användning</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="73"/>
        <source>Deleted after {duration} without use</source>
        <translation>Raderas efter {duration} utan användning</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="75"/>
        <source>Deleted {duration} after your account or membership ends</source>
        <translation>Raderas {duration} efter att kontot eller medlemskapet avslutats</translation>
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
            <numerusform>{label}: {names} och %n till</numerusform>
            <numerusform>{label}: {names} och %n till</numerusform>
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
        <translation>Ingen kontakt anges för att utöva dina rättigheter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="81"/>
        <source>Not shared with anyone else</source>
        <translation>Delas inte med någon annan</translation>
    </message>
</context>
<context>
    <name>collected</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="127"/>
        <source>Identity (name, birth date, ID)</source>
        <translation>Identitet (namn, födelsedatum, id-handling)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="128"/>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="132"/>
        <source>Contact details (e-mail, phone, address)</source>
        <translation>Kontaktuppgifter (e-post, telefon, adress)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="133"/>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="135"/>
        <source>Account and login</source>
        <translation>Konto och inloggning</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="136"/>
        <source>Payment and purchases</source>
        <translation>Betalningar och köp</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="139"/>
        <source>Device and network (IP address, identifiers)</source>
        <translation>Enhet och nätverk (IP-adress, identifierare)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="140"/>
        <source>Device and network</source>
        <translation>Enhet och nätverk</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="144"/>
        <source>What you do (pages, clicks, logs)</source>
        <translation>Vad du gör (sidor, klick, loggar)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="145"/>
        <source>What you do</source>
        <translation>Vad du gör</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="147"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="148"/>
        <source>Messages you send</source>
        <translation>Meddelanden du skickar</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="149"/>
        <source>Files and content you upload</source>
        <translation>Filer och innehåll du laddar upp</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="150"/>
        <source>Profile and preferences</source>
        <translation>Profil och inställningar</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="151"/>
        <source>Cookies and trackers</source>
        <translation>Kakor och spårare</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="152"/>
        <source>Feedback and survey answers</source>
        <translation>Synpunkter och enkätsvar</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="155"/>
        <source>Sensitive data (health, biometrics, beliefs)</source>
        <translation>Känsliga uppgifter (hälsa, biometri, övertygelser)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="156"/>
        <source>Sensitive data</source>
        <translation>Känsliga uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="158"/>
        <source>Social networks and contacts</source>
        <translation>Sociala nätverk och kontakter</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <location filename="../app/policylens/diff_render.py" line="24"/>
        <source>Now collected: {label}</source>
        <translation>Samlas nu in: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="25"/>
        <source>No longer collected: {label}</source>
        <translation>Samlas inte längre in: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="26"/>
        <source>Now shared with: {label}</source>
        <translation>Delas nu med: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="27"/>
        <source>No longer shared with: {label}</source>
        <translation>Delas inte längre med: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="28"/>
        <source>{label}: named {before} → {after}</source>
        <translation>{label}: namngivna {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="29"/>
        <source>Selling your data: “{before}” → “{after}”</source>
        <translation>Försäljning av dina uppgifter: ”{before}” → ”{after}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="30"/>
        <source>Retention, now says: {label}</source>
        <translation>Lagring, säger nu: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="31"/>
        <source>Retention, no longer says: {label}</source>
        <translation>Lagring, säger inte längre: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="32"/>
        <source>{data}: kept {after} instead of {before}</source>
        <translation>{data}: sparas {after} i stället för {before}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="33"/>
        <source>{data}: now kept {after}</source>
        <translation>{data}: sparas nu {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="34"/>
        <source>{data}: the period of {before} is gone</source>
        <translation>{data}: tiden på {before} är borta</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="35"/>
        <source>New right: {label}</source>
        <translation>Ny rättighet: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="36"/>
        <source>Right no longer stated: {label}</source>
        <translation>Rättighet som inte längre nämns: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="37"/>
        <source>{label} added: {after}</source>
        <translation>{label} tillagd: {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="38"/>
        <source>{label} gone: {before}</source>
        <translation>{label} borttagen: {before}</translation>
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
        <translation>Ny varningsflagga: {label} ({severity})</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="41"/>
        <source>Red flag gone: {label}</source>
        <translation>Varningsflagga borta: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="42"/>
        <source>{label}: severity {before} → {after}</source>
        <translation>{label}: allvarlighet {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="43"/>
        <source>{label} now named: {after}</source>
        <translation>{label} anges nu: {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="44"/>
        <source>{label} no longer named (was {before})</source>
        <translation>{label} anges inte längre (var {before})</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="46"/>
        <source>Grade {before} → {after}</source>
        <translation>Betyg {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="50"/>
        <source>Contact e-mail</source>
        <translation>Kontaktadress (e-post)</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="51"/>
        <source>Contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="52"/>
        <source>Contact address on the web</source>
        <translation>Kontaktadress på webben</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="53"/>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="56"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="57"/>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="60"/>
        <source>Now gives a postal address</source>
        <translation>Anger nu en postadress</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="61"/>
        <source>No longer gives a postal address</source>
        <translation>Anger inte längre någon postadress</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="64"/>
        <source>These look like policies of different services.</source>
        <translation>Det här ser ut som policyer för olika tjänster.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="65"/>
        <source>The two versions are in different languages: what they say is compared, not their text.</source>
        <translation>De två versionerna är på olika språk: det som jämförs är vad de säger, inte deras text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="68"/>
        <source>The two versions have the same text (only the layout differs).</source>
        <translation>De två versionerna har samma text (bara layouten skiljer sig).</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="69"/>
        <source>The two files are identical: the same text.</source>
        <translation>De två filerna är identiska: samma text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="72"/>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="73"/>
        <source>No change in what the policy says.</source>
        <translation>Ingen ändring i vad policyn säger.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="74"/>
        <source>Old version</source>
        <translation>Gammal version</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="75"/>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="76"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="77"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="78"/>
        <source>(not in this version)</source>
        <translation>(finns inte i den här versionen)</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="79"/>
        <source>Overall</source>
        <translation>Övergripande</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="80"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="81"/>
        <source>updated {date}</source>
        <translation>uppdaterad {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="82"/>
        <source>no date given</source>
        <translation>inget datum angivet</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="83"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="84"/>
        <source>not graded</source>
        <translation>inget betyg</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="85"/>
        <source>Text not compared (different languages).</source>
        <translation>Texten jämförs inte (olika språk).</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="86"/>
        <source>Some data</source>
        <translation>Vissa uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="87"/>
        <source>Grade unchanged: {grade}</source>
        <translation>Betyget oförändrat: {grade}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="90"/>
        <source>%n sentence(s) added</source>
        <translation>
            <numerusform>%n mening tillagd</numerusform>
            <numerusform>%n meningar tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="91"/>
        <source>%n sentence(s) removed</source>
        <translation>
            <numerusform>%n mening borttagen</numerusform>
            <numerusform>%n meningar borttagna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="92"/>
        <source>%n sentence(s) changed</source>
        <translation>
            <numerusform>%n mening ändrad</numerusform>
            <numerusform>%n meningar ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="93"/>
        <source>%n sentence(s) moved</source>
        <translation>
            <numerusform>%n mening flyttad</numerusform>
            <numerusform>%n meningar flyttade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="96"/>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="97"/>
        <source>Removed</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="98"/>
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="99"/>
        <source>Moved</source>
        <translation>Flyttat</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="101"/>
        <source>%n unchanged sentence(s)</source>
        <translation>
            <numerusform>%n oförändrad mening</numerusform>
            <numerusform>%n oförändrade meningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/comparison.py" line="37"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n till</numerusform>
            <numerusform>+%n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duration</name>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="85"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="86"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="87"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n vecka</numerusform>
            <numerusform>%n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="88"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="89"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="90"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../app/policylens/core/errors.py" line="35"/>
        <location filename="../app/policylens/ui/dialogs.py" line="41"/>
        <source>Something went wrong: {detail}</source>
        <translation>Något gick fel: {detail}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="59"/>
        <source>The file does not exist: {path}</source>
        <translation>Filen finns inte: {path}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="64"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Filen kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="69"/>
        <source>This is not a regular file: {path}</source>
        <translation>Det här är ingen vanlig fil: {path}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="74"/>
        <source>This kind of file is not supported ({kind}). PolicyLens reads text, Markdown, HTML, MHTML, PDF, Word (.docx), OpenDocument (.odt), RTF and Safari web archive files.</source>
        <translation>Den här filtypen stöds inte ({kind}). PolicyLens läser text-, Markdown-, HTML-, MHTML-, PDF-, Word- (.docx), OpenDocument- (.odt) och RTF-filer samt webbarkiv från Safari.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="85"/>
        <source>This is an old Microsoft Office file ({kind}), which PolicyLens cannot read. Open it in Word or LibreOffice and save it as .docx or PDF, then open that file.</source>
        <translation>Det här är en äldre Microsoft Office-fil ({kind}) som PolicyLens inte kan läsa. Öppna den i Word eller LibreOffice och spara den som .docx eller PDF, och öppna sedan den filen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="96"/>
        <source>This {kind} file was not opened: it would unpack to {size_mb} MB ({reason}), far more than a document needs. It may be damaged or built to harm.</source>
        <translation>Den här {kind}-filen öppnades inte: uppackad skulle den bli {size_mb} MB ({reason}), mycket mer än ett dokument behöver. Den kan vara skadad eller skapad för att göra skada.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="105"/>
        <source>This file holds binary data, not text.</source>
        <translation>Den här filen innehåller binära data, inte text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="110"/>
        <source>The document contains no text.</source>
        <translation>Dokumentet innehåller ingen text.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="117"/>
        <source>There is too little text here to be a privacy policy.</source>
        <translation>Det finns för lite text här för att vara en integritetspolicy.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="124"/>
        <source>This web page contains no text of its own (it is probably filled in by scripts when it is shown). Save it from the browser as a single file (.mhtml) or print it to PDF, then open that.</source>
        <translation>Den här webbsidan innehåller ingen egen text (den fylls troligen i av skript när den visas). Spara den från webbläsaren som en enda fil (.mhtml) eller skriv ut den till PDF och öppna sedan den filen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="133"/>
        <source>This PDF has no text layer (it is probably a scan). Run it through OCR first, or open the web page or text version of the policy.</source>
        <translation>Den här PDF-filen saknar textlager (den är troligen inskannad). Kör den genom OCR först, eller öppna webbsidan eller textversionen av policyn.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="142"/>
        <source>This document is encrypted and cannot be read.</source>
        <translation>Dokumentet är krypterat och kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="147"/>
        <source>This {kind} file is damaged and cannot be read ({reason}).</source>
        <translation>Den här {kind}-filen är skadad och kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="152"/>
        <source>The file is too large ({size_mb} MB). PolicyLens opens files up to {limit_mb} MB.</source>
        <translation>Filen är för stor ({size_mb} MB). PolicyLens öppnar filer på upp till {limit_mb} MB.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="159"/>
        <source>This does not look like a privacy policy: it says nothing about personal data.</source>
        <translation>Det här ser inte ut som en integritetspolicy: den säger ingenting om personuppgifter.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="167"/>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="8"/>
        <source>The package index cannot be reached (offline?). Install a package from a file: policylens packs install FILE.argosmodel</source>
        <translation>Paketindexet kan inte nås (offline?). Installera ett paket från en fil: policylens packs install FILE.argosmodel</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="26"/>
        <source>The package could not be downloaded ({reason}). Install a package from a file: policylens packs install FILE.argosmodel</source>
        <translation>Paketet kunde inte laddas ned ({reason}). Installera ett paket från en fil: policylens packs install FILE.argosmodel</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="35"/>
        <source>The package index has no package from {source} to {target}.</source>
        <translation>Paketindexet har inget paket från {source} till {target}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="42"/>
        <source>{name} is not a usable translation package: {reason}</source>
        <translation>{name} är inte ett användbart översättningspaket: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="47"/>
        <source>{name} translates from {got_source} to {got_target}, not from {source} to {target}.</source>
        <translation>{name} översätter från {got_source} till {got_target}, inte från {source} till {target}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="54"/>
        <source>No translation package from {source} to {target} is installed. Install one from a file (policylens packs install FILE.argosmodel) or, online, download it (policylens packs download {source_code} {target_code}).</source>
        <translation>Inget översättningspaket från {source} till {target} är installerat. Installera ett från en fil (policylens packs install FILE.argosmodel) eller ladda ned det online (policylens packs download {source_code} {target_code}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="64"/>
        <source>No package from {source} to {target} is installed.</source>
        <translation>Inget paket från {source} till {target} är installerat.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="69"/>
        <source>The policy&apos;s language could not be detected; name it with --from CODE.</source>
        <translation>Policyns språk kunde inte identifieras; ange det med --from CODE.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="78"/>
        <source>The installed package {name} cannot be loaded ({reason}). Remove it and install it again.</source>
        <translation>Det installerade paketet {name} kan inte läsas in ({reason}). Ta bort det och installera det igen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="40"/>
        <source>There is not enough memory to analyse this document.</source>
        <translation>Det finns inte tillräckligt med minne för att analysera dokumentet.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="44"/>
        <source>Cannot export: {reason}</source>
        <translation>Det går inte att exportera: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="49"/>
        <source>{path} already exists (use --force to replace it)</source>
        <translation>{path} finns redan (använd --force för att ersätta den)</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="54"/>
        <source>Cannot tell the format of {path}: use a .pdf, .html, .md or .png name, or --format</source>
        <translation>Det går inte att avgöra formatet för {path}: använd ett namn på .pdf, .html, .md eller .png, eller --format</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="61"/>
        <source>The full report is not available as PNG: use PDF, HTML or Markdown</source>
        <translation>Den fullständiga rapporten finns inte som PNG: använd PDF, HTML eller Markdown</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="67"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Det går inte att skriva {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="29"/>
        <source>Privacy policy at a glance</source>
        <translation>Integritetspolicyn i korthet</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="30"/>
        <source>Policy dated {date}</source>
        <translation>Policyn är daterad {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="31"/>
        <source>Policy date not stated</source>
        <translation>Policyns datum anges inte</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="32"/>
        <source>Written in {language}</source>
        <translation>Skriven på {language}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="33"/>
        <source>Red flags (%n)</source>
        <translation>
            <numerusform>Varningsflaggor (%n)</numerusform>
            <numerusform>Varningsflaggor (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="34"/>
        <source>To exercise your rights</source>
        <translation>För att utöva dina rättigheter</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="35"/>
        <source>No contact given: the policy names no e-mail, address or form.</source>
        <translation>Ingen kontakt anges: policyn nämner varken e-postadress, adress eller formulär.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="36"/>
        <source>A postal address is given in the policy.</source>
        <translation>Policyn anger en postadress.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="37"/>
        <source>Phone: {phones}</source>
        <translation>Telefon: {phones}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="38"/>
        <source>Web: {urls}</source>
        <translation>Webb: {urls}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="39"/>
        <source>Contact is by a form or obfuscated e-mail (see the policy).</source>
        <translation>Kontakt sker via ett formulär eller en dold e-postadress (se policyn).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="40"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n till</numerusform>
            <numerusform>+%n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="41"/>
        <source>+%n more red flag(s)</source>
        <translation>
            <numerusform>+%n varningsflagga till</numerusform>
            <numerusform>+%n varningsflaggor till</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="42"/>
        <source>Shortened to fit one page. {pointer}</source>
        <translation>Förkortad för att rymmas på en sida. {pointer}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="43"/>
        <source>Full report: policylens analyze {file}</source>
        <translation>Fullständig rapport: policylens analyze {file}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="44"/>
        <source>See the full report in PolicyLens.</source>
        <translation>Se den fullständiga rapporten i PolicyLens.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="45"/>
        <source>PolicyLens {version}</source>
        <translation>PolicyLens {version}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="46"/>
        <source>Source: {file}</source>
        <translation>Källa: {file}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="47"/>
        <source>SHA-256 {hash}…</source>
        <translation>SHA-256 {hash}…</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="48"/>
        <source>Analysed on {date}</source>
        <translation>Analyserad {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="49"/>
        <source>Automated reading of the policy, not legal advice: every finding points to a sentence of it.</source>
        <translation>Automatisk läsning av policyn, inte juridisk rådgivning: varje fynd pekar på en mening i den.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="52"/>
        <source>Evidence</source>
        <translation>Belägg</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="53"/>
        <source>Full report</source>
        <translation>Fullständig rapport</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="54"/>
        <source>In section “{section}”</source>
        <translation>I avsnittet ”{section}”</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="55"/>
        <source>Found from what the policy does not say.</source>
        <translation>Framgår av vad policyn inte säger.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="56"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="45"/>
        <source>Export Summary</source>
        <translation>Exportera sammanfattning</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="46"/>
        <source>Save the summary as a one-page PDF or image, a web page or Markdown.</source>
        <translation>Spara sammanfattningen som en PDF eller bild på en sida, en webbsida eller Markdown.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="47"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="48"/>
        <source>Paper size:</source>
        <translation>Pappersstorlek:</translation>
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
        <translation>Fullständig rapport med belägg (flera sidor)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="52"/>
        <source>Choose File…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="53"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="54"/>
        <source>Web page (*.html *.htm)</source>
        <translation>Webbsida (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="55"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="56"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="57"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="58"/>
        <source>HTML (web page)</source>
        <translation>HTML (webbsida)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="59"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="60"/>
        <source>PNG image</source>
        <translation>PNG-bild</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="61"/>
        <source>Save Summary As</source>
        <translation>Spara sammanfattning som</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="62"/>
        <source>{name} - privacy summary</source>
        <translation>{name} - integritetssammanfattning</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="63"/>
        <source>{name} - privacy report</source>
        <translation>{name} - integritetsrapport</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="64"/>
        <source>Replace File?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="65"/>
        <source>“{file}” already exists. Do you want to replace it?</source>
        <translation>”{file}” finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="66"/>
        <source>Summary Exported</source>
        <translation>Sammanfattningen har exporterats</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="67"/>
        <source>The summary was saved as “{file}”.</source>
        <translation>Sammanfattningen sparades som ”{file}”.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="68"/>
        <source>Open Folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="69"/>
        <source>No File Manager</source>
        <translation>Ingen filhanterare</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="70"/>
        <source>No file manager is available to open the folder. The summary is saved here:</source>
        <translation>Det finns ingen filhanterare som kan öppna mappen. Sammanfattningen är sparad här:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="73"/>
        <source>Copy Path</source>
        <translation>Kopiera sökväg</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="74"/>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="75"/>
        <source>The summary could not be saved as “{file}”.</source>
        <translation>Sammanfattningen kunde inte sparas som ”{file}”.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="76"/>
        <source>A PNG image holds the one-page summary only.</source>
        <translation>En PNG-bild innehåller bara sammanfattningen på en sida.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="22"/>
        <source>The policy gives no e-mail address, postal address or contact form, so there is no sentence to show: this finding comes from what is missing.</source>
        <translation>Policyn anger varken e-postadress, postadress eller kontaktformulär, så det finns ingen mening att visa: fyndet bygger på det som saknas.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="27"/>
        <source>The policy states no concrete retention period anywhere, so there is no sentence to show: this finding comes from what is missing.</source>
        <translation>Policyn anger ingenstans en konkret lagringstid, så det finns ingen mening att visa: fyndet bygger på det som saknas.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="32"/>
        <source>The policy does not say whether it sells your data, so there is no sentence to show.</source>
        <translation>Policyn säger inte om dina uppgifter säljs, så det finns ingen mening att visa.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="36"/>
        <source>The contact details were found in the policy&apos;s text, but not in one sentence.</source>
        <translation>Kontaktuppgifterna hittades i policyns text, men inte i en enskild mening.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="40"/>
        <source>This finding comes from something the policy does not say, so there is no sentence to show.</source>
        <translation>Fyndet bygger på något som policyn inte säger, så det finns ingen mening att visa.</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="192"/>
        <source>Broad exceptions to your consent</source>
        <translation>Breda undantag från ditt samtycke</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="201"/>
        <source>Sells your data</source>
        <translation>Säljer dina uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="209"/>
        <source>Take it or leave it</source>
        <translation>Godkänn eller avstå</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="218"/>
        <source>Kept forever</source>
        <translation>Sparas för alltid</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="226"/>
        <source>Targeted advertising</source>
        <translation>Riktad reklam</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="233"/>
        <source>Third-party tracking</source>
        <translation>Spårning från tredje part</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="242"/>
        <source>Data combined across services</source>
        <translation>Uppgifter kombineras mellan tjänster</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="251"/>
        <source>Commercial use of &apos;anonymised&apos; data</source>
        <translation>Kommersiell användning av ”anonymiserade” uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="260"/>
        <source>Hardware identifiers collected</source>
        <translation>Hårdvaruidentifierare samlas in</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="270"/>
        <source>Sent to other countries</source>
        <translation>Skickas till andra länder</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="277"/>
        <source>No clear retention period</source>
        <translation>Ingen tydlig lagringstid</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="285"/>
        <source>Can change without telling you</source>
        <translation>Kan ändras utan att du meddelas</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="295"/>
        <source>Your rights come with exceptions</source>
        <translation>Dina rättigheter har undantag</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="302"/>
        <source>No way to contact them</source>
        <translation>Inget sätt att kontakta dem</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="310"/>
        <source>Using it counts as consent</source>
        <translation>Användning räknas som samtycke</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="317"/>
        <source>Open-ended lists</source>
        <translation>Öppna uppräkningar</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="193"/>
        <source>Your data may be collected or disclosed without your consent in wide, loosely defined cases.</source>
        <translation>Dina uppgifter kan samlas in eller lämnas ut utan ditt samtycke i breda, löst definierade fall.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="202"/>
        <source>Your personal data can be sold, rented or traded to others.</source>
        <translation>Dina personuppgifter kan säljas, hyras ut eller överlåtas till andra.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="210"/>
        <source>If you refuse the policy you lose the product or core functions of what you bought.</source>
        <translation>Om du inte godkänner policyn förlorar du produkten eller grundfunktioner i det du har köpt.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="219"/>
        <source>Some data is kept with no end date, so it never goes away.</source>
        <translation>Vissa uppgifter sparas utan slutdatum, så de försvinner aldrig.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="227"/>
        <source>What they learn about you is used to choose the ads and offers you see.</source>
        <translation>Det de får veta om dig används för att välja vilka annonser och erbjudanden du ser.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="234"/>
        <source>Other companies track you through this service, often outside this policy&apos;s protection.</source>
        <translation>Andra företag spårar dig via tjänsten, ofta utanför policyns skydd.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="243"/>
        <source>Data from one service is combined with other services or sources into a fuller profile.</source>
        <translation>Uppgifter från en tjänst kombineras med andra tjänster eller källor till en mer fullständig profil.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="252"/>
        <source>&apos;Anonymised&apos; or aggregated data about you may be used commercially without limits.</source>
        <translation>”Anonymiserade” eller sammanställda uppgifter om dig kan användas kommersiellt utan begränsningar.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="261"/>
        <source>Permanent device numbers (IMEI, MAC address) let you be recognised for the device&apos;s lifetime.</source>
        <translation>Permanenta enhetsnummer (IMEI, MAC-adress) gör att du kan kännas igen under hela enhetens livstid.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="271"/>
        <source>Your data may be stored in countries where the law may protect it less.</source>
        <translation>Dina uppgifter kan lagras i länder där lagen kanske skyddar dem sämre.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="278"/>
        <source>No concrete period is given, so you cannot know when your data is deleted.</source>
        <translation>Ingen konkret lagringstid anges, så du kan inte veta när dina uppgifter raderas.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="286"/>
        <source>The policy can change at any time and it is up to you to notice.</source>
        <translation>Policyn kan ändras när som helst och det är upp till dig att märka det.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="296"/>
        <source>Your rights are subject to unspecified exceptions, so they may be refused.</source>
        <translation>Dina rättigheter omfattas av ospecificerade undantag, så de kan nekas.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="303"/>
        <source>No e-mail, address or form is given to ask questions or exercise your rights.</source>
        <translation>Varken e-postadress, adress eller formulär anges för att ställa frågor eller utöva dina rättigheter.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="311"/>
        <source>Merely using the service counts as agreeing to the policy.</source>
        <translation>Att bara använda tjänsten räknas som att du godkänner policyn.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="318"/>
        <source>Lists end with &apos;etc.&apos; or &apos;not limited to&apos;, so the real scope is open.</source>
        <translation>Uppräkningar slutar med ”etc.” eller ”inte begränsat till”, så den verkliga omfattningen är öppen.</translation>
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
        <translation>Säger att dina uppgifter inte säljs: +{points}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="96"/>
        <source>States concrete retention periods: +{points}</source>
        <translation>Anger konkreta lagringstider: +{points}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="97"/>
        <source>Names %n right(s) you can use: +{points}</source>
        <translation>
            <numerusform>Nämner %n rättighet du kan utöva: +{points}</numerusform>
            <numerusform>Nämner %n rättigheter du kan utöva: +{points}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="98"/>
        <source>Start from 100, then:</source>
        <translation>Utgångsvärde 100, sedan:</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="99"/>
        <source>Two or more essentials are missing or vague: the score is capped at {points}</source>
        <translation>Minst två väsentliga uppgifter saknas eller är vaga: poängen begränsas till {points}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="106"/>
        <source>This does not look like a privacy policy.</source>
        <translation>Det här ser inte ut som en integritetspolicy.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="107"/>
        <source>Not enough to grade: the text says too little about your data.</source>
        <translation>Kan inte betygsättas: texten säger för lite om dina uppgifter.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="108"/>
        <source>Not graded: PolicyLens cannot read this language.</source>
        <translation>Inget betyg: PolicyLens kan inte läsa det här språket.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="112"/>
        <source>Not a privacy policy</source>
        <translation>Ingen integritetspolicy</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="113"/>
        <source>Not enough to grade</source>
        <translation>För lite för ett betyg</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="114"/>
        <source>Not graded</source>
        <translation>Inget betyg</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="118"/>
        <source>Who is responsible and how to reach them</source>
        <translation>Vem som är ansvarig och hur du når dem</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="119"/>
        <source>What data is collected</source>
        <translation>Vilka uppgifter som samlas in</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="120"/>
        <source>What it is used for</source>
        <translation>Vad de används till</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="121"/>
        <source>Who receives it</source>
        <translation>Vem som tar emot dem</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="122"/>
        <source>How long it is kept</source>
        <translation>Hur länge de sparas</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="123"/>
        <source>Your rights and how to use them</source>
        <translation>Dina rättigheter och hur du utövar dem</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="124"/>
        <source>Your right to complain to an authority</source>
        <translation>Din rätt att lämna in klagomål till en myndighet</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="127"/>
        <source>stated</source>
        <translation>angivet</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="128"/>
        <source>vague</source>
        <translation>vagt</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="129"/>
        <source>not stated</source>
        <translation>anges inte</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="132"/>
        <source>Says it does not sell your data</source>
        <translation>Säger att dina uppgifter inte säljs</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="133"/>
        <source>States concrete retention periods</source>
        <translation>Anger konkreta lagringstider</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="134"/>
        <source>Names %n right(s) you can use</source>
        <translation>
            <numerusform>Nämner %n rättighet du kan utöva</numerusform>
            <numerusform>Nämner %n rättigheter du kan utöva</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="137"/>
        <source>Good practice wins back at most half of what red flags cost</source>
        <translation>Goda rutiner väger upp högst hälften av vad varningsflaggorna kostar</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="141"/>
        <source>What it tells you</source>
        <translation>Vad den berättar</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="142"/>
        <source>What it does: red flags</source>
        <translation>Vad den gör: varningsflaggor</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="143"/>
        <source>What it does: good practice</source>
        <translation>Vad den gör: goda rutiner</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="144"/>
        <source>Limits</source>
        <translation>Gränser</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="165"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="166"/>
        <source>French</source>
        <translation>franska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="167"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="168"/>
        <source>German</source>
        <translation>tyska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="169"/>
        <source>Spanish</source>
        <translation>spanska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="170"/>
        <source>Italian</source>
        <translation>italienska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="171"/>
        <source>Dutch</source>
        <translation>nederländska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="172"/>
        <source>Portuguese</source>
        <translation>portugisiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="173"/>
        <source>Polish</source>
        <translation>polska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="174"/>
        <source>Danish</source>
        <translation>danska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="175"/>
        <source>Norwegian</source>
        <translation>norska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="176"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="177"/>
        <source>Russian</source>
        <translation>ryska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="178"/>
        <source>Chinese</source>
        <translation>kinesiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="179"/>
        <source>Japanese</source>
        <translation>japanska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="180"/>
        <source>Korean</source>
        <translation>koreanska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="181"/>
        <source>Arabic</source>
        <translation>arabiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="182"/>
        <source>Turkish</source>
        <translation>turkiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="183"/>
        <source>Czech</source>
        <translation>tjeckiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="184"/>
        <source>Slovak</source>
        <translation>slovakiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="185"/>
        <source>Hungarian</source>
        <translation>ungerska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="186"/>
        <source>Romanian</source>
        <translation>rumänska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="187"/>
        <source>Greek</source>
        <translation>grekiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="188"/>
        <source>Bulgarian</source>
        <translation>bulgariska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="189"/>
        <source>Ukrainian</source>
        <translation>ukrainska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="190"/>
        <source>Croatian</source>
        <translation>kroatiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="191"/>
        <source>Slovenian</source>
        <translation>slovenska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="192"/>
        <source>Estonian</source>
        <translation>estniska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="193"/>
        <source>Latvian</source>
        <translation>lettiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="194"/>
        <source>Lithuanian</source>
        <translation>litauiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="195"/>
        <source>Hebrew</source>
        <translation>hebreiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="196"/>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="197"/>
        <source>Indonesian</source>
        <translation>indonesiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="198"/>
        <source>Vietnamese</source>
        <translation>vietnamesiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="199"/>
        <source>Thai</source>
        <translation>thailändska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="200"/>
        <source>Catalan</source>
        <translation>katalanska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="201"/>
        <source>Persian</source>
        <translation>persiska</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="202"/>
        <source>an unknown language</source>
        <translation>ett okänt språk</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="64"/>
        <source>Access: a copy of your data (Art. 15)</source>
        <translation>Tillgång: en kopia av dina uppgifter (art. 15)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="65"/>
        <source>Erasure of your data (Art. 17)</source>
        <translation>Radering av dina uppgifter (art. 17)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="66"/>
        <source>Rectification of wrong data (Art. 16)</source>
        <translation>Rättelse av felaktiga uppgifter (art. 16)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="67"/>
        <source>Objection, incl. to direct marketing (Art. 21)</source>
        <translation>Invändning, även mot direktmarknadsföring (art. 21)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="68"/>
        <source>Your data in a machine-readable file (Art. 20)</source>
        <translation>Dina uppgifter i en maskinläsbar fil (art. 20)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="69"/>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation>Återkallelse av samtycke (art. 7.3)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="70"/>
        <source>Complaint to a supervisory authority (Art. 77)</source>
        <translation>Klagomål till en tillsynsmyndighet (art. 77)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="73"/>
        <source>Right to know (CCPA § 1798.110)</source>
        <translation>Rätt att få veta (CCPA § 1798.110)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="74"/>
        <source>Right to delete (CCPA § 1798.105)</source>
        <translation>Rätt till radering (CCPA § 1798.105)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="75"/>
        <source>Right to correct (CCPA § 1798.106)</source>
        <translation>Rätt till rättelse (CCPA § 1798.106)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="76"/>
        <source>Opt out of sale or sharing (CCPA § 1798.120)</source>
        <translation>Nej till försäljning eller delning (CCPA § 1798.120)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="80"/>
        <source>The policy does not name the company responsible: fill in whom the letter is for.</source>
        <translation>Policyn namnger inte det ansvariga företaget: fyll i vem brevet ska till.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="83"/>
        <source>The policy gives no e-mail address for privacy requests: send this letter by post (save it as PDF and print it), or fill in an address.</source>
        <translation>Policyn anger ingen e-postadress för dataskyddsfrågor: skicka brevet med post (spara det som PDF och skriv ut det), eller fyll i en adress.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="88"/>
        <source>The saved page hides the e-mail address (“[email protected]”): look it up on the company&apos;s web page.</source>
        <translation>Den sparade sidan döljer e-postadressen (”[email protected]”): leta upp den på företagets webbplats.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="92"/>
        <source>No postal address of the company was found in the policy: fill it in to send the letter by post.</source>
        <translation>Ingen postadress till företaget hittades i policyn: fyll i den för att skicka brevet med post.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="95"/>
        <source>This authority takes complaints by post or through its web form, not by e-mail.</source>
        <translation>Den här myndigheten tar emot klagomål med post eller via sitt webbformulär, inte via e-post.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="98"/>
        <source>In Germany, a complaint about a company normally goes to the authority of the state where the company is based: choose the state.</source>
        <translation>I Tyskland går ett klagomål mot ett företag normalt till myndigheten i den delstat där företaget har sitt säte: välj delstat.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="103"/>
        <source>Letters under California law are written in English.</source>
        <translation>Brev enligt kalifornisk lag skrivs på engelska.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="115"/>
        <source>No supervisory authority is known for the country code “{code}”. Known: {known}.</source>
        <translation>Ingen tillsynsmyndighet är känd för landskoden ”{code}”. Kända: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="122"/>
        <source>No German state has the code “{code}”. Known: {known}.</source>
        <translation>Ingen tysk delstat har koden ”{code}”. Kända: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="127"/>
        <source>This policy is read under California law (CCPA), which has no “{request}” request. Known: {known}.</source>
        <translation>Policyn läses enligt kalifornisk lag (CCPA), som inte har någon begäran ”{request}”. Möjliga: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="470"/>
        <source>Unknown request “{request}”. Known: {known}.</source>
        <translation>Okänd begäran ”{request}”. Möjliga: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="476"/>
        <source>A complaint needs a country (known: {known}).</source>
        <translation>Ett klagomål kräver ett land (kända: {known}).</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../app/policylens/render.py" line="24"/>
        <source>Grade</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="25"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="26"/>
        <source>Red flags</source>
        <translation>Varningsflaggor</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="27"/>
        <source>No red flags found.</source>
        <translation>Inga varningsflaggor hittades.</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="28"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="29"/>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="30"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="31"/>
        <source>Evidence</source>
        <translation>Belägg</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="32"/>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="33"/>
        <source>Why this grade</source>
        <translation>Varför detta betyg</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="35"/>
        <source>not graded</source>
        <translation>ej betygsatt</translation>
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
        <translation>En konkret lagringstid anges</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="169"/>
        <source>As long as necessary (no period given)</source>
        <translation>Så länge som behövs (ingen lagringstid anges)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="170"/>
        <source>While your account is active</source>
        <translation>Så länge ditt konto är aktivt</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="171"/>
        <source>Longer when the law requires</source>
        <translation>Längre när lagen kräver det</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="172"/>
        <source>Indefinitely</source>
        <translation>På obestämd tid</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="173"/>
        <source>Deleted or anonymised when no longer needed</source>
        <translation>Raderas eller anonymiseras när de inte längre behövs</translation>
    </message>
</context>
<context>
    <name>rights</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="175"/>
        <source>See your data</source>
        <translation>Få tillgång till dina uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="176"/>
        <source>Correct your data</source>
        <translation>Rätta dina uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="177"/>
        <source>Delete your data</source>
        <translation>Radera dina uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="178"/>
        <source>Take your data elsewhere</source>
        <translation>Flytta dina uppgifter till en annan tjänst</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="179"/>
        <source>Limit processing</source>
        <translation>Begränsa behandlingen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="180"/>
        <source>Object to processing</source>
        <translation>Invända mot behandlingen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="181"/>
        <source>Withdraw consent</source>
        <translation>Återkalla ditt samtycke</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="182"/>
        <source>Complain to a data-protection authority</source>
        <translation>Lämna in klagomål till en dataskyddsmyndighet</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="183"/>
        <source>Opt out of marketing</source>
        <translation>Invända mot direktmarknadsföring</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="184"/>
        <source>Opt out of the sale of your data</source>
        <translation>Säga nej till försäljning av dina uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="185"/>
        <source>No penalty for using your rights</source>
        <translation>Inga nackdelar om du utövar dina rättigheter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="186"/>
        <source>Refuse or manage cookies</source>
        <translation>Neka eller hantera kakor</translation>
    </message>
</context>
<context>
    <name>sells</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="36"/>
        <source>Sells your data</source>
        <translation>Säljer dina uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="37"/>
        <source>Does not sell your data</source>
        <translation>Säljer inte dina uppgifter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="38"/>
        <source>Does not say whether it sells your data</source>
        <translation>Säger inte om dina uppgifter säljs</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="30"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="31"/>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="32"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
</context>
<context>
    <name>shared</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="160"/>
        <source>Service providers working for it</source>
        <translation>Tjänsteleverantörer som arbetar åt företaget</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="161"/>
        <source>Companies of the same group</source>
        <translation>Företag i samma koncern</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="162"/>
        <source>Advertisers and marketing partners</source>
        <translation>Annonsörer och marknadsföringspartner</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="163"/>
        <source>Authorities and courts, when the law requires</source>
        <translation>Myndigheter och domstolar, när lagen kräver det</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="164"/>
        <source>A buyer, if the company is sold</source>
        <translation>En köpare, om företaget säljs</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="165"/>
        <source>Others, only with your consent</source>
        <translation>Andra, bara med ditt samtycke</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="166"/>
        <source>Other users or the public</source>
        <translation>Andra användare eller allmänheten</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="23"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="24"/>
        <source>Caution</source>
        <translation>Se upp</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="25"/>
        <source>Clearly stated</source>
        <translation>Uttryckligt</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="26"/>
        <source>Not stated</source>
        <translation>Anges inte</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="148"/>
        <source>This policy is in {language}, which PolicyLens cannot analyse directly. Install an offline translation package from {language} to English to analyse it.</source>
        <translation>Policyn är skriven på {language}, som PolicyLens inte kan analysera direkt. Installera ett översättningspaket för offlinebruk från {language} till engelska för att analysera den.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="153"/>
        <source>The policy mixes languages: {parts}.</source>
        <translation>Policyn blandar språk: {parts}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="154"/>
        <source>The language could not be detected with confidence.</source>
        <translation>Språket kunde inte identifieras med säkerhet.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="155"/>
        <source>Analysed through an offline English translation; evidence quotes the original text.</source>
        <translation>Analyserad via en engelsk översättning offline; beläggen citerar originaltexten.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="158"/>
        <source>The text is very short; the summary may be incomplete.</source>
        <translation>Texten är mycket kort; sammanfattningen kan vara ofullständig.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="161"/>
        <source>{language} {percent}%</source>
        <translation>{language} {percent}&#xa0;%</translation>
    </message>
</context>
</TS>
