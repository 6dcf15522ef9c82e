<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="125"/>
        <location filename="../app/policylens/ui/dialogs.py" line="152"/>
        <source>About PolicyLens</source>
        <translation>À propos de PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="134"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="136"/>
        <source>Read a privacy policy in a minute. Everything happens on this computer: PolicyLens never connects to the network.</source>
        <translation>Lisez une politique de confidentialité en une minute. Tout se passe sur cet ordinateur&#xa0;: PolicyLens ne se connecte jamais au réseau.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="139"/>
        <source>PolicyLens is free software under the {license} license.</source>
        <translation>PolicyLens est un logiciel libre sous licence {license}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="140"/>
        <source>Built with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Conçu avec Qt {qt} et PySide6 {pyside}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="141"/>
        <source>Components and their licenses</source>
        <translation>Composants et leurs licences</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="296"/>
        <source>Shows the sentences of the policy that say this</source>
        <translation>Affiche les phrases de la politique qui le disent</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="297"/>
        <source>Show where the policy says this</source>
        <translation>Montrer où la politique le dit</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="301"/>
        <source>{title}: {status}. {headline}</source>
        <translation>{title}&#xa0;: {status}. {headline}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="167"/>
        <source>Comparing with “{name}”…</source>
        <translation>Comparaison avec « {name} »…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="168"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="169"/>
        <source>Compare — {old} → {new}</source>
        <translation>Comparer — {old} → {new}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="234"/>
        <source>Cannot open “{name}”</source>
        <translation>Impossible d&apos;ouvrir « {name} »</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="319"/>
        <source>Changes in what the policy says</source>
        <translation>Ce qui a changé dans la politique</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="341"/>
        <source>◀ Previous change</source>
        <translation>◀ Modification précédente</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="342"/>
        <source>Next change ▶</source>
        <translation>Modification suivante ▶</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="343"/>
        <source>Previous change (F7)</source>
        <translation>Modification précédente (F7)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="344"/>
        <source>Next change (F8)</source>
        <translation>Modification suivante (F8)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="355"/>
        <source>Text changes</source>
        <translation>Modifications du texte</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="369"/>
        <source>Export Comparison…</source>
        <translation>Exporter la comparaison…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="370"/>
        <source>Save this comparison as a one-page PDF, HTML or Markdown file (Ctrl+E)</source>
        <translation>Enregistrer cette comparaison sur une page, en PDF, HTML ou Markdown (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="372"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="569"/>
        <source>{index} of {total}</source>
        <translation>{index} sur {total}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="79"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="83"/>
        <source>Something unexpected went wrong. PolicyLens keeps running; the details below can help to report the problem.</source>
        <translation>Une erreur inattendue s&apos;est produite. PolicyLens continue de fonctionner&#xa0;; les détails ci-dessous peuvent aider à signaler le problème.</translation>
    </message>
</context>
<context>
    <name>EvidenceBar</name>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="59"/>
        <source>Previous sentence (F7)</source>
        <translation>Phrase précédente (F7)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="60"/>
        <source>Previous sentence</source>
        <translation>Phrase précédente</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="61"/>
        <source>Next sentence (F8)</source>
        <translation>Phrase suivante (F8)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="62"/>
        <source>Next sentence</source>
        <translation>Phrase suivante</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="63"/>
        <location filename="../app/policylens/ui/evidencebar.py" line="64"/>
        <source>Stop showing this finding</source>
        <translation>Ne plus afficher ce constat</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="87"/>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="61"/>
        <location filename="../app/policylens/ui/findbar.py" line="62"/>
        <source>Find in the policy</source>
        <translation>Rechercher dans la politique</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="63"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="64"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="65"/>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="66"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="67"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="68"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="69"/>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="139"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="143"/>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>FlagButton</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="324"/>
        <source>Red flag, {severity}: {title}</source>
        <translation>Signal d&apos;alerte (gravité&#xa0;: {severity})&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>GradeBadge</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="220"/>
        <source>Not graded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="234"/>
        <source>Grade {letter}, score {score} out of 100</source>
        <translation>Note {letter}, {score} points sur 100</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="39"/>
        <source>Why This Grade</source>
        <translation>Pourquoi cette note</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="45"/>
        <source>Grade {letter}, {score}</source>
        <translation>Note {letter}, {score}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="53"/>
        <source>Start from 100. Each item a privacy notice owes you costs points when it is vague or not stated; each red flag costs 15 (high), 7 (medium) or 3 (low); good practice wins back at most half of what the red flags cost. With two or more essentials missing or vague the grade is at most C. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E.</source>
        <translation>On part de 100. Chaque information qu&apos;une politique vous doit coûte des points si elle est vague ou absente ; chaque signal d&apos;alerte coûte 15 (élevé), 7 (moyen) ou 3 (faible) ; les bonnes pratiques ne rattrapent au plus que la moitié de ce que coûtent les signaux d&apos;alerte. Si au moins deux éléments essentiels manquent ou sont vagues, la note ne dépasse pas C. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, sinon E.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="64"/>
        <source>Reasons for the grade</source>
        <translation>Raisons de la note</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Sentence in the policy</source>
        <translation>Phrase de la politique</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="77"/>
        <source>(not stated)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="101"/>
        <source>Double-click a line, or press Enter on it, to see its sentence in the policy.</source>
        <translation>Double-cliquez sur une ligne, ou appuyez sur Entrée, pour voir sa phrase dans la politique.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../app/policylens/ui/help.py" line="90"/>
        <location filename="../app/policylens/ui/help.py" line="91"/>
        <source>PolicyLens Guide</source>
        <translation>Guide de PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="98"/>
        <source>How to read a summary</source>
        <translation>Comment lire un résumé</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="104"/>
        <source>PolicyLens reads the policy on your computer and sums it up on the right: a grade, the red flags, and four cards. Click a line of a card or a red flag to see the sentences of the policy that say it; F7 and F8 go to the previous and next one.</source>
        <translation>PolicyLens lit la politique sur votre ordinateur et la résume à droite&#xa0;: une note, les signaux d&apos;alerte et quatre cartes. Cliquez sur une ligne d&apos;une carte ou sur un signal d&apos;alerte pour voir les phrases de la politique qui le disent&#xa0;; F7 et F8 passent à la précédente et à la suivante.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="111"/>
        <source>The cards</source>
        <translation>Les cartes</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="114"/>
        <source>what the service collects or receives about you;</source>
        <translation>ce que le service recueille ou reçoit sur vous&#xa0;;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="115"/>
        <source>who it passes your data on to;</source>
        <translation>à qui il transmet vos données&#xa0;;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="116"/>
        <source>how long it keeps your data;</source>
        <translation>combien de temps il conserve vos données&#xa0;;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="117"/>
        <source>what you can ask of it (a copy, a correction, deletion…) and how to reach it.</source>
        <translation>ce que vous pouvez lui demander (une copie, une rectification, l&apos;effacement…) et comment le joindre.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="119"/>
        <source>{term}: {meaning}</source>
        <translation>{term}&#xa0;: {meaning}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="125"/>
        <source>The colors</source>
        <translation>Les couleurs</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="128"/>
        <source>something that weighs against you;</source>
        <translation>quelque chose qui joue contre vous&#xa0;;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="130"/>
        <source>worth a closer look: vague, broad (location or sensitive data, many kinds of data, advertisers among the recipients) or partly against you;</source>
        <translation>à regarder de plus près&#xa0;: flou, large (localisation ou données sensibles, nombreux types de données, annonceurs parmi les destinataires) ou en partie contre vous&#xa0;;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="134"/>
        <source>stated clearly, and what it does is mild: this says the policy is clear on the topic, not that all is well;</source>
        <translation>dit clairement, et ce qu&apos;elle fait reste modéré&#xa0;: la politique est claire sur ce point, cela ne veut pas dire que tout va bien&#xa0;;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="137"/>
        <source>the policy does not say.</source>
        <translation>la politique ne le dit pas.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="144"/>
        <source>A color always comes with its word, never alone.</source>
        <translation>Une couleur est toujours accompagnée de son mot, jamais seule.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="149"/>
        <source>The grade</source>
        <translation>La note</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="154"/>
        <source>Every policy starts at 100 points. Each red flag takes points off: {high} for a high one, {medium} for a medium one, {low} for a low one. Saying that it does not sell your data, giving concrete retention periods and naming six or more of your rights each win {bonus} points back, at most half of what the red flags cost.</source>
        <translation>Chaque politique part de 100 points. Chaque signal d&apos;alerte en retire&#xa0;: {high} pour un signal élevé, {medium} pour un moyen, {low} pour un faible. Dire qu&apos;elle ne vend pas vos données, donner des durées de conservation concrètes et citer au moins six de vos droits rapportent chacun {bonus} points, dans la limite de la moitié de ce que coûtent les signaux d&apos;alerte.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="165"/>
        <source>It also checks what the policy tells you: who is responsible and how to reach them, what data, what for, who receives it, how long it is kept, your rights and your right to complain. Each of these that is missing or vague costs points, and with two or more essentials missing or vague the grade is at most C. A text that does not look like a privacy policy, or says too little, gets no grade. Click the grade (Ctrl+I) to see every line.</source>
        <translation>Elle vérifie aussi ce que la politique vous dit : qui est responsable et comment le joindre, quelles données, pour quoi faire, qui les reçoit, combien de temps elles sont conservées, vos droits et votre droit d&apos;introduire une réclamation. Chacun de ces éléments qui manque ou reste vague coûte des points, et si au moins deux éléments essentiels manquent ou sont vagues, la note ne dépasse pas C. Un texte qui ne ressemble pas à une politique de confidentialité, ou qui en dit trop peu, n&apos;est pas noté. Cliquez sur la note (Ctrl+I) pour voir chaque ligne.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="177"/>
        <source>Letters: {bands}; {last} below.</source>
        <translation>Lettres&#xa0;: {bands}&#xa0;; {last} en dessous.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="181"/>
        <source>A policy in a language PolicyLens has no rules for is not graded, unless it is analysed through an English translation.</source>
        <translation>Une politique dans une langue pour laquelle PolicyLens n&apos;a pas de règles n&apos;est pas notée, sauf si elle est analysée au moyen d&apos;une traduction anglaise.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="188"/>
        <source>The red flags</source>
        <translation>Les signaux d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="193"/>
        <source>Examples come from the policy you have open: {name}.</source>
        <translation>Les exemples viennent de la politique ouverte&#xa0;: {name}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="210"/>
        <source>In this policy:</source>
        <translation>Dans cette politique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="211"/>
        <source>“{quote}”</source>
        <translation>«&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="216"/>
        <source>Raised for this policy by what it does not say.</source>
        <translation>Signalé pour cette politique à cause de ce qu&apos;elle ne dit pas.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="218"/>
        <source>Not found in this policy.</source>
        <translation>Absent de cette politique.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="51"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="52"/>
        <source>E-mail to finish in your mail app (*.eml)</source>
        <translation>E-mail à terminer dans votre messagerie (*.eml)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="53"/>
        <source>PDF to print (*.pdf)</source>
        <translation>PDF à imprimer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="95"/>
        <source>Use Your Rights</source>
        <translation>Exercer vos droits</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="96"/>
        <source>Use your rights: draft a request or a complaint</source>
        <translation>Exercer vos droits&#xa0;: rédiger une demande ou une réclamation</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="101"/>
        <source>PolicyLens drafts the letter; you check it, fill in the fields in [brackets] and send it yourself. Nothing is sent from here.</source>
        <translation>PolicyLens rédige la lettre&#xa0;; vous la relisez, remplissez les champs entre [crochets] et l&apos;envoyez vous-même. Rien n&apos;est envoyé d&apos;ici.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="114"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="115"/>
        <source>&amp;Request:</source>
        <translation>&amp;Demande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="124"/>
        <source>the policy&apos;s</source>
        <translation>celle de la politique</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="124"/>
        <source>yours</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="125"/>
        <source>{language} ({which})</source>
        <translation>{language} ({which})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="131"/>
        <source>Language of the letter</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="132"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="143"/>
        <source>Country of the supervisory authority</source>
        <translation>Pays de l&apos;autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="144"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="149"/>
        <source>Federal authority (BfDI)</source>
        <translation>Autorité fédérale (BfDI)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="152"/>
        <source>German state</source>
        <translation>Land allemand</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="172"/>
        <source>Letter (editable)</source>
        <translation>Lettre (modifiable)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="186"/>
        <source>Where the addresses come from</source>
        <translation>D&apos;où viennent les adresses</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="153"/>
        <source>S&amp;tate:</source>
        <translation>L&amp;and&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="196"/>
        <source>Co&amp;py Letter</source>
        <translation>Co&amp;pier la lettre</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="198"/>
        <source>Copy the letter to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copier la lettre dans le presse-papiers (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="199"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="201"/>
        <source>Save as text, e-mail (.eml) or PDF (Ctrl+S)</source>
        <translation>Enregistrer en texte, e-mail (.eml) ou PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="202"/>
        <source>Open in &amp;Mail App</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="204"/>
        <source>Opens a new message in your mail app (Ctrl+M); you send it yourself</source>
        <translation>Ouvre un nouveau message dans votre messagerie (Ctrl+M)&#xa0;; c&apos;est vous qui l&apos;envoyez</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="340"/>
        <source>Discard Your Changes?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="341"/>
        <source>You have edited the letter. Draft a new one and lose your changes?</source>
        <translation>Vous avez modifié la lettre. En rédiger une nouvelle et perdre vos modifications&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="353"/>
        <source>Addressed with</source>
        <translation>Adressée avec</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="357"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="358"/>
        <source>E-mail for requests</source>
        <translation>E-mail pour les demandes</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="359"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="360"/>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="366"/>
        <source>From PolicyLens&apos;s list of authorities (source: {source})</source>
        <translation>D&apos;après la liste des autorités de PolicyLens (source&#xa0;: {source})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="372"/>
        <source>Not found in the policy.</source>
        <translation>Introuvable dans la politique.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="384"/>
        <source>The policy says: “{quote}”</source>
        <translation>La politique dit&#xa0;: «&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="422"/>
        <source>Save Letter As</source>
        <translation>Enregistrer la lettre sous</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="436"/>
        <source>Letter Not Saved</source>
        <translation>Lettre non enregistrée</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="437"/>
        <source>The letter could not be saved as “{file}”: {reason}</source>
        <translation>La lettre n&apos;a pas pu être enregistrée sous «&#xa0;{file}&#xa0;»&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="209"/>
        <source>This sentence supports:</source>
        <translation>Cette phrase étaye&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="354"/>
        <source>Open a policy first: the letters are written from its summary.</source>
        <translation>Ouvrez d&apos;abord une politique&#xa0;: les lettres sont rédigées à partir de son résumé.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="357"/>
        <source>Open a policy first: there is no summary to export yet.</source>
        <translation>Ouvrez d&apos;abord une politique&#xa0;: il n&apos;y a pas encore de résumé à exporter.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="371"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="372"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="373"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="374"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="375"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="379"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="380"/>
        <source>Open &amp;Sample Policy</source>
        <translation>Ouvrir un &amp;exemple</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="381"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="382"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="383"/>
        <source>Open a saved privacy policy</source>
        <translation>Ouvrir une politique de confidentialité enregistrée</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="384"/>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer les fichiers récents</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="385"/>
        <source>&amp;Export Summary…</source>
        <translation>E&amp;xporter le résumé…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="386"/>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="387"/>
        <source>Compare the open policy with another version of it</source>
        <translation>Comparer la politique ouverte avec une autre version</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="388"/>
        <source>&amp;Use Your Rights…</source>
        <translation>Exercer vos &amp;droits…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="390"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="391"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="392"/>
        <source>&amp;Paste Policy Text</source>
        <translation>Co&amp;ller le texte d&apos;une politique</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="393"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="394"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="395"/>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="396"/>
        <source>Previous Evidence Sentence</source>
        <translation>Preuve précédente</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="397"/>
        <source>Next Evidence Sentence</source>
        <translation>Preuve suivante</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="398"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="399"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="400"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="401"/>
        <source>PolicyLens &amp;Guide</source>
        <translation>&amp;Guide de PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="402"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="403"/>
        <source>&amp;About PolicyLens</source>
        <translation>&amp;À propos de PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="404"/>
        <source>Why This &amp;Grade…</source>
        <translation>Pourquoi cette &amp;note…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="405"/>
        <source>How the grade was computed, line by line, with the sentences behind it</source>
        <translation>Comment la note a été calculée, ligne par ligne, avec les phrases qui la justifient</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="406"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="407"/>
        <source>Cancel the analysis</source>
        <translation>Annuler l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="408"/>
        <source>Analysis progress</source>
        <translation>Progression de l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="409"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="410"/>
        <source>Policy text</source>
        <translation>Texte de la politique</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="412"/>
        <source>The policy. Sentences that support a finding are underlined; hover one to see which.</source>
        <translation>La politique. Les phrases qui étayent un constat sont soulignées&#xa0;; survolez-en une pour voir lequel.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="414"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="415"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="416"/>
        <source>Policy and summary</source>
        <translation>Politique et résumé</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="439"/>
        <source>{card}: {point}</source>
        <translation>{card}&#xa0;: {point}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="443"/>
        <source>Red flag: {title}</source>
        <translation>Signal d&apos;alerte&#xa0;: {title}</translation>
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
        <translation>Politiques de confidentialité ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="488"/>
        <source>Web pages ({patterns})</source>
        <translation>Pages web ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="489"/>
        <source>PDF documents ({patterns})</source>
        <translation>Documents PDF ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="490"/>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="493"/>
        <source>Text files ({patterns})</source>
        <translation>Fichiers texte ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="496"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="871"/>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="499"/>
        <source>Open a Privacy Policy</source>
        <translation>Ouvrir une politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="512"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="550"/>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="520"/>
        <source>Only the first file is opened.</source>
        <translation>Seul le premier fichier est ouvert.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="528"/>
        <source>PolicyLens does not download pages</source>
        <translation>PolicyLens ne télécharge pas de pages</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="530"/>
        <source>PolicyLens does not fetch pages from the web. Save the page in your browser (Ctrl+S) and drop the saved file here, or select the policy&apos;s text and drop or paste it.</source>
        <translation>PolicyLens ne va pas chercher les pages sur le web. Enregistrez la page dans votre navigateur (Ctrl+S) et déposez le fichier enregistré ici, ou sélectionnez le texte de la politique et déposez-le ou collez-le.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="542"/>
        <source>Nothing to open</source>
        <translation>Rien à ouvrir</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="543"/>
        <source>There is no file or text to open here.</source>
        <translation>Il n&apos;y a ici aucun fichier ni texte à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="589"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="661"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="665"/>
        <source>Cannot open “{name}”</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="666"/>
        <source>The policy shown before is still open.</source>
        <translation>La politique affichée précédemment reste ouverte.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="719"/>
        <source>Compare with “{name}”</source>
        <translation>Comparer avec « {name} »</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="721"/>
        <source>See what changed from the policy open before</source>
        <translation>Voir ce qui a changé par rapport à la politique ouverte avant</translation>
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
        <translation>Analyse de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="848"/>
        <source>Export Summary</source>
        <translation>Exporter le résumé</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="849"/>
        <source>Exporting is not available in this version of PolicyLens.</source>
        <translation>L&apos;exportation n&apos;est pas disponible dans cette version de PolicyLens.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="874"/>
        <source>Compare With Another Version</source>
        <translation>Comparer avec une autre version</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="951"/>
        <source>Dropped text</source>
        <translation>Texte déposé</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../app/policylens/ui/ops.py" line="171"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/ops.py" line="211"/>
        <source>{label}
{done} of {total} sentences</source>
        <translation>{label}
{done} phrases sur {total}</translation>
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
        <translation>Aucun paquet de traduction «&#xa0;{pair}&#xa0;» n&apos;est installé. Ouvrez {where}&#xa0;: sur un ordinateur connecté à Internet, cliquez sur «&#xa0;{fetch}&#xa0;» et téléchargez «&#xa0;{pair}&#xa0;» depuis l&apos;index des paquets d&apos;Argos Translate ({address})&#xa0;; sinon, copiez son fichier .argosmodel depuis un autre ordinateur et cliquez sur «&#xa0;{file}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="81"/>
        <source>Language Packages</source>
        <translation>Paquets de langue</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="120"/>
        <source>Install From File…</source>
        <translation>Installer depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="122"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="129"/>
        <source>Online (only when you ask)</source>
        <translation>En ligne (seulement à votre demande)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="130"/>
        <source>Get the Package List</source>
        <translation>Obtenir la liste des paquets</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="135"/>
        <source>Download and Install</source>
        <translation>Télécharger et installer</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="177"/>
        <source>Packages are kept in {folder}</source>
        <translation>Les paquets sont conservés dans {folder}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="190"/>
        <source>No language packages installed yet. There are two ways to get one: on a computer connected to the internet, click “{fetch}” below and download one from the Argos Translate package index ({address}); otherwise copy a .argosmodel file from another computer and click “{file}”.</source>
        <translation>Aucun paquet de langue n&apos;est encore installé. Il y a deux façons d&apos;en obtenir un&#xa0;: sur un ordinateur connecté à Internet, cliquez sur «&#xa0;{fetch}&#xa0;» ci-dessous et téléchargez-en un depuis l&apos;index des paquets d&apos;Argos Translate ({address})&#xa0;; sinon, copiez un fichier .argosmodel depuis un autre ordinateur et cliquez sur «&#xa0;{file}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="202"/>
        <source>Not usable: {names}</source>
        <translation>Inutilisables&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="219"/>
        <source>The open policy needs the “{pair}” package.</source>
        <translation>La politique ouverte a besoin du paquet «&#xa0;{pair}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="240"/>
        <source>Install a Language Package</source>
        <translation>Installer un paquet de langue</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="241"/>
        <source>Argos Translate packages (*.argosmodel);;All files (*)</source>
        <translation>Paquets Argos Translate (*.argosmodel);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="252"/>
        <source>Installing {name}…</source>
        <translation>Installation de {name}…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="256"/>
        <source>Installed {source} → {target} (version {version}).</source>
        <translation>Installé&#xa0;: {source} → {target} (version {version}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="274"/>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="277"/>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="289"/>
        <source>Getting the package list…</source>
        <translation>Récupération de la liste des paquets…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="296"/>
        <source> (installed)</source>
        <translation> (installé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/ui/packages_dialog.py" line="302"/>
        <source>%n package(s) available.</source>
        <translation>
            <numerusform>%n paquet disponible.</numerusform>
            <numerusform>%n paquets disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="319"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="351"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="366"/>
        <source>The package index cannot be reached: this computer seems to be offline. On a computer connected to the internet, download the package from the Argos Translate package index ({address}), copy the .argosmodel file here and click “{file}”.</source>
        <translation>L&apos;index des paquets est injoignable&#xa0;: cet ordinateur semble hors ligne. Sur un ordinateur connecté à Internet, téléchargez le paquet depuis l&apos;index des paquets d&apos;Argos Translate ({address}), copiez le fichier .argosmodel ici et cliquez sur «&#xa0;{file}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="372"/>
        <source>The package could not be downloaded ({reason}). You can download it on another computer from the Argos Translate package index ({address}) and install the file here with “{file}”.</source>
        <translation>Le paquet n&apos;a pas pu être téléchargé ({reason}). Vous pouvez le télécharger sur un autre ordinateur depuis l&apos;index des paquets d&apos;Argos Translate ({address}) et installer le fichier ici avec «&#xa0;{file}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="576"/>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="578"/>
        <source>Open this address in your web browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="579"/>
        <source>PolicyLens itself never connects to the network.</source>
        <translation>PolicyLens lui-même ne se connecte jamais au réseau.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="580"/>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../app/policylens/ui/help.py" line="248"/>
        <source>Go to the next or previous finding</source>
        <translation>Aller au constat suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="248"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="249"/>
        <source>Show the sentences of a finding</source>
        <translation>Afficher les phrases d&apos;un constat</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="249"/>
        <source>Enter or Space</source>
        <translation>Entrée ou Espace</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="253"/>
        <location filename="../app/policylens/ui/help.py" line="254"/>
        <location filename="../app/policylens/ui/help.py" line="260"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="376"/>
        <location filename="../app/policylens/ui/summary_view.py" line="447"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="492"/>
        <source>Click to see why</source>
        <translation>Cliquez pour savoir pourquoi</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="505"/>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="565"/>
        <source>Red flags ({count})</source>
        <translation>Signaux d&apos;alerte ({count})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="616"/>
        <source>Use your rights…</source>
        <translation>Exercer vos droits…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="618"/>
        <source>Draft a request to the company, or a complaint to an authority (Ctrl+R)</source>
        <translation>Rédiger une demande à l&apos;entreprise, ou une réclamation auprès d&apos;une autorité (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="619"/>
        <source>Use your rights</source>
        <translation>Exercer vos droits</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="621"/>
        <source>Drafts a letter to ask for your data, have it erased, or complain to an authority</source>
        <translation>Rédige une lettre pour obtenir vos données, les faire effacer ou saisir une autorité</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="649"/>
        <source>Show fewer</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="651"/>
        <source>Show all {count} red flags</source>
        <translation>Afficher les {count} signaux d&apos;alerte</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="152"/>
        <location filename="../app/policylens/ui/translation.py" line="215"/>
        <source>Show &amp;Translation</source>
        <translation>Afficher la tra&amp;duction</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="157"/>
        <location filename="../app/policylens/ui/translation.py" line="216"/>
        <source>Translate I&amp;nto</source>
        <translation>Traduire &amp;vers</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="162"/>
        <location filename="../app/policylens/ui/translation.py" line="217"/>
        <source>Analyse Through &amp;English</source>
        <translation>Analyser via l&apos;&amp;anglais</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="165"/>
        <location filename="../app/policylens/ui/translation.py" line="218"/>
        <source>&amp;Language Packages…</source>
        <translation>&amp;Paquets de langue…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="168"/>
        <location filename="../app/policylens/ui/translation.py" line="219"/>
        <source>Clear Translation &amp;Cache</source>
        <translation>Vider le &amp;cache de traduction</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="184"/>
        <location filename="../app/policylens/ui/translation.py" line="220"/>
        <location filename="../app/policylens/ui/translation.py" line="425"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="256"/>
        <source>Open a policy first: there is nothing to translate.</source>
        <translation>Ouvrez d&apos;abord une politique&#xa0;: il n&apos;y a rien à traduire.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="268"/>
        <source>Open a policy first.</source>
        <translation>Ouvrez d&apos;abord une politique.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="271"/>
        <source>PolicyLens already has rules for this policy&apos;s language.</source>
        <translation>PolicyLens a déjà des règles pour la langue de cette politique.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="273"/>
        <source>The policy&apos;s language could not be recognised.</source>
        <translation>La langue de la politique n&apos;a pas pu être reconnue.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="276"/>
        <source>Needs the “{pair}” translation package, from {where}</source>
        <translation>Nécessite le paquet de traduction «&#xa0;{pair}&#xa0;», à obtenir dans {where}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="300"/>
        <source>Analyse through English</source>
        <translation>Analyser via l&apos;anglais</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="301"/>
        <source>Get the {pair} package…</source>
        <translation>Obtenir le paquet «&#xa0;{pair}&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="315"/>
        <source>No rules for {language}: Tools › Analyse Through English reads it through a translation.</source>
        <translation>Aucune règle pour cette langue ({language})&#xa0;: Outils › Analyser via l&apos;anglais la lit au moyen d&apos;une traduction.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="343"/>
        <source>Open a policy to translate it.</source>
        <translation>Ouvrez une politique pour la traduire.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="362"/>
        <source>The policy is already in {language}.</source>
        <translation>La politique est déjà en {language}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="371"/>
        <source>Translating…</source>
        <translation>Traduction…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="372"/>
        <source>Translating the policy…</source>
        <translation>Traduction de la politique…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="389"/>
        <source>Analysing through an English translation…</source>
        <translation>Analyse via une traduction anglaise…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="420"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="451"/>
        <source>The translation cache is cleared.</source>
        <translation>Le cache de traduction a été vidé.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="471"/>
        <source>Language Packages…</source>
        <translation>Paquets de langue…</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="62"/>
        <location filename="../app/policylens/ui/translation.py" line="82"/>
        <source>Side by side with the original</source>
        <translation>Côte à côte avec l&apos;original</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="67"/>
        <location filename="../app/policylens/ui/translation.py" line="83"/>
        <source>Translation</source>
        <translation>Traduction</translation>
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
        <translation>Déposez une politique de confidentialité ici</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="100"/>
        <source>A saved web page (.html, .mhtml, .webarchive), a PDF, a document (.docx, .odt, .rtf) or a text file — or paste the text with Ctrl+V.</source>
        <translation>Une page web enregistrée (.html, .mhtml, .webarchive), un PDF, un document (.docx, .odt, .rtf) ou un fichier texte — ou collez le texte avec Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="104"/>
        <source>Open a Policy…</source>
        <translation>Ouvrir une politique…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="105"/>
        <source>Open a policy file</source>
        <translation>Ouvrir un fichier de politique</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="106"/>
        <source>Try a Sample</source>
        <translation>Essayer un exemple</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="107"/>
        <source>Open one of the sample policies</source>
        <translation>Ouvrir l&apos;une des politiques d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="108"/>
        <source>Everything stays on this computer: nothing you open is sent anywhere.</source>
        <translation>Tout reste sur cet ordinateur&#xa0;: rien de ce que vous ouvrez n&apos;est envoyé ailleurs.</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="96"/>
        <source>What&apos;s collected</source>
        <translation>Données collectées</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="97"/>
        <source>Who it&apos;s shared with</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="98"/>
        <source>How long it&apos;s kept</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="99"/>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="54"/>
        <source>Collects %n kind(s) of data</source>
        <translation>
            <numerusform>Collecte %n type de données</numerusform>
            <numerusform>Collecte %n types de données</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="55"/>
        <source>Does not say what it collects</source>
        <translation>Ne dit pas ce qui est collecté</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="56"/>
        <source>Shared with %n kind(s) of recipient</source>
        <translation>
            <numerusform>%n catégorie de destinataires</numerusform>
            <numerusform>%n catégories de destinataires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="57"/>
        <source>Does not say who receives your data</source>
        <translation>Ne dit pas qui reçoit vos données</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="58"/>
        <source>Says it shares your data with no one</source>
        <translation>Affirme ne partager vos données avec personne</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="59"/>
        <source>Your data is sold</source>
        <translation>Vos données sont vendues</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="60"/>
        <source>Kept up to {longest}</source>
        <translation>Conservées jusqu&apos;à {longest}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="61"/>
        <source>No concrete period</source>
        <translation>Aucune durée de conservation précise</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="62"/>
        <source>Some data is kept indefinitely</source>
        <translation>Certaines données sont conservées indéfiniment</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="63"/>
        <source>Does not say how long data is kept</source>
        <translation>Ne dit pas combien de temps les données sont conservées</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="64"/>
        <source>%n right(s) stated</source>
        <translation>
            <numerusform>%n droit mentionné</numerusform>
            <numerusform>%n droits mentionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="65"/>
        <source>No rights stated</source>
        <translation>Aucun droit mentionné</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="69"/>
        <source>{data}: {duration}</source>
        <translation>{data}&#xa0;: {duration}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="70"/>
        <source>Some data: {duration}</source>
        <translation>Certaines données&#xa0;: {duration}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="72"/>
        <source>{data}: deleted after {duration} without use</source>
        <translation>{data} : suppression après {duration} sans utilisation</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="73"/>
        <source>Deleted after {duration} without use</source>
        <translation>Suppression après {duration} sans utilisation</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="75"/>
        <source>Deleted {duration} after your account or membership ends</source>
        <translation>Suppression {duration} après la fin du compte ou de l&apos;adhésion</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="76"/>
        <source>{label}: {names}</source>
        <translation>{label}&#xa0;: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="78"/>
        <source>{label}: {names} and %n more</source>
        <translation>
            <numerusform>{label}&#xa0;: {names} et %n autre</numerusform>
            <numerusform>{label}&#xa0;: {names} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="79"/>
        <source>Contact: {emails}</source>
        <translation>Contact&#xa0;: {emails}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="80"/>
        <source>No contact given to exercise your rights</source>
        <translation>Aucun contact indiqué pour exercer vos droits</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="81"/>
        <source>Not shared with anyone else</source>
        <translation>Communiquées à personne d&apos;autre</translation>
    </message>
</context>
<context>
    <name>collected</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="127"/>
        <source>Identity (name, birth date, ID)</source>
        <translation>Identité (nom, date de naissance, pièce d&apos;identité)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="128"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="132"/>
        <source>Contact details (e-mail, phone, address)</source>
        <translation>Coordonnées (e-mail, téléphone, adresse)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="133"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="135"/>
        <source>Account and login</source>
        <translation>Compte et connexion</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="136"/>
        <source>Payment and purchases</source>
        <translation>Paiements et achats</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="139"/>
        <source>Device and network (IP address, identifiers)</source>
        <translation>Appareil et réseau (adresse IP, identifiants)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="140"/>
        <source>Device and network</source>
        <translation>Appareil et réseau</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="144"/>
        <source>What you do (pages, clicks, logs)</source>
        <translation>Ce que vous faites (pages, clics, journaux)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="145"/>
        <source>What you do</source>
        <translation>Ce que vous faites</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="147"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="148"/>
        <source>Messages you send</source>
        <translation>Messages que vous envoyez</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="149"/>
        <source>Files and content you upload</source>
        <translation>Fichiers et contenus que vous importez</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="150"/>
        <source>Profile and preferences</source>
        <translation>Profil et préférences</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="151"/>
        <source>Cookies and trackers</source>
        <translation>Cookies et traceurs</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="152"/>
        <source>Feedback and survey answers</source>
        <translation>Avis et réponses aux enquêtes</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="155"/>
        <source>Sensitive data (health, biometrics, beliefs)</source>
        <translation>Données sensibles (santé, biométrie, convictions)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="156"/>
        <source>Sensitive data</source>
        <translation>Données sensibles</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="158"/>
        <source>Social networks and contacts</source>
        <translation>Réseaux sociaux et contacts</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <location filename="../app/policylens/diff_render.py" line="24"/>
        <source>Now collected: {label}</source>
        <translation>Désormais collecté : {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="25"/>
        <source>No longer collected: {label}</source>
        <translation>N&apos;est plus collecté : {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="26"/>
        <source>Now shared with: {label}</source>
        <translation>Désormais partagé avec : {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="27"/>
        <source>No longer shared with: {label}</source>
        <translation>N&apos;est plus partagé avec : {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="28"/>
        <source>{label}: named {before} → {after}</source>
        <translation>{label} : nommés {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="29"/>
        <source>Selling your data: “{before}” → “{after}”</source>
        <translation>Vente de vos données : « {before} » → « {after} »</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="30"/>
        <source>Retention, now says: {label}</source>
        <translation>Conservation, dit désormais : {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="31"/>
        <source>Retention, no longer says: {label}</source>
        <translation>Conservation, ne dit plus : {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="32"/>
        <source>{data}: kept {after} instead of {before}</source>
        <translation>{data} : conservées {after} au lieu de {before}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="33"/>
        <source>{data}: now kept {after}</source>
        <translation>{data} : désormais conservées {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="34"/>
        <source>{data}: the period of {before} is gone</source>
        <translation>{data} : la durée de {before} a disparu</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="35"/>
        <source>New right: {label}</source>
        <translation>Nouveau droit : {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="36"/>
        <source>Right no longer stated: {label}</source>
        <translation>Droit qui n&apos;est plus mentionné : {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="37"/>
        <source>{label} added: {after}</source>
        <translation>{label} ajouté : {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="38"/>
        <source>{label} gone: {before}</source>
        <translation>{label} retiré : {before}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="39"/>
        <location filename="../app/policylens/diff_render.py" line="45"/>
        <source>{label}: {before} → {after}</source>
        <translation>{label} : {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="40"/>
        <source>New red flag: {label} ({severity})</source>
        <translation>Nouveau signal d&apos;alerte : {label} ({severity})</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="41"/>
        <source>Red flag gone: {label}</source>
        <translation>Signal d&apos;alerte disparu : {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="42"/>
        <source>{label}: severity {before} → {after}</source>
        <translation>{label} : gravité {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="43"/>
        <source>{label} now named: {after}</source>
        <translation>{label} désormais nommé : {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="44"/>
        <source>{label} no longer named (was {before})</source>
        <translation>{label} n&apos;est plus nommé (c&apos;était {before})</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="46"/>
        <source>Grade {before} → {after}</source>
        <translation>Note {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="50"/>
        <source>Contact e-mail</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="51"/>
        <source>Contact phone</source>
        <translation>Téléphone de contact</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="52"/>
        <source>Contact address on the web</source>
        <translation>Adresse de contact sur le web</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="53"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="56"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="57"/>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="60"/>
        <source>Now gives a postal address</source>
        <translation>Donne désormais une adresse postale</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="61"/>
        <source>No longer gives a postal address</source>
        <translation>Ne donne plus d&apos;adresse postale</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="64"/>
        <source>These look like policies of different services.</source>
        <translation>On dirait les politiques de deux services différents.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="65"/>
        <source>The two versions are in different languages: what they say is compared, not their text.</source>
        <translation>Les deux versions sont dans des langues différentes : on compare ce qu&apos;elles disent, pas leur texte.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="68"/>
        <source>The two versions have the same text (only the layout differs).</source>
        <translation>Les deux versions ont le même texte (seule la mise en forme diffère).</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="69"/>
        <source>The two files are identical: the same text.</source>
        <translation>Les deux fichiers sont identiques : le même texte.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="72"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="73"/>
        <source>No change in what the policy says.</source>
        <translation>Rien n&apos;a changé dans ce que dit la politique.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="74"/>
        <source>Old version</source>
        <translation>Ancienne version</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="75"/>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="76"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="77"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="78"/>
        <source>(not in this version)</source>
        <translation>(absent de cette version)</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="79"/>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="80"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="81"/>
        <source>updated {date}</source>
        <translation>mise à jour du {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="82"/>
        <source>no date given</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="83"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="84"/>
        <source>not graded</source>
        <translation>non notée</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="85"/>
        <source>Text not compared (different languages).</source>
        <translation>Texte non comparé (langues différentes).</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="86"/>
        <source>Some data</source>
        <translation>Certaines données</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="87"/>
        <source>Grade unchanged: {grade}</source>
        <translation>Note inchangée : {grade}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="90"/>
        <source>%n sentence(s) added</source>
        <translation>
            <numerusform>%n phrase ajoutée</numerusform>
            <numerusform>%n phrases ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="91"/>
        <source>%n sentence(s) removed</source>
        <translation>
            <numerusform>%n phrase supprimée</numerusform>
            <numerusform>%n phrases supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="92"/>
        <source>%n sentence(s) changed</source>
        <translation>
            <numerusform>%n phrase modifiée</numerusform>
            <numerusform>%n phrases modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="93"/>
        <source>%n sentence(s) moved</source>
        <translation>
            <numerusform>%n phrase déplacée</numerusform>
            <numerusform>%n phrases déplacées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="96"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="97"/>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="98"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="99"/>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="101"/>
        <source>%n unchanged sentence(s)</source>
        <translation>
            <numerusform>%n phrase inchangée</numerusform>
            <numerusform>%n phrases inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/comparison.py" line="37"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duration</name>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="85"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="86"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="87"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="88"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="89"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
        <translation>Une erreur s&apos;est produite&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="59"/>
        <source>The file does not exist: {path}</source>
        <translation>Le fichier n&apos;existe pas&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="64"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="69"/>
        <source>This is not a regular file: {path}</source>
        <translation>Ce n&apos;est pas un fichier ordinaire&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="74"/>
        <source>This kind of file is not supported ({kind}). PolicyLens reads text, Markdown, HTML, MHTML, PDF, Word (.docx), OpenDocument (.odt), RTF and Safari web archive files.</source>
        <translation>Ce type de fichier n&apos;est pas pris en charge ({kind}). PolicyLens lit les fichiers texte, Markdown, HTML, MHTML, PDF, Word (.docx), OpenDocument (.odt), RTF et les archives web de Safari.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="85"/>
        <source>This is an old Microsoft Office file ({kind}), which PolicyLens cannot read. Open it in Word or LibreOffice and save it as .docx or PDF, then open that file.</source>
        <translation>C&apos;est un ancien fichier Microsoft Office ({kind}) que PolicyLens ne sait pas lire. Ouvrez-le dans Word ou LibreOffice, enregistrez-le en .docx ou en PDF, puis ouvrez ce fichier.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="96"/>
        <source>This {kind} file was not opened: it would unpack to {size_mb} MB ({reason}), far more than a document needs. It may be damaged or built to harm.</source>
        <translation>Ce fichier {kind} n&apos;a pas été ouvert&#xa0;: décompressé, il occuperait {size_mb} Mo ({reason}), bien plus qu&apos;un document n&apos;en a besoin. Il est peut-être endommagé ou conçu pour nuire.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="105"/>
        <source>This file holds binary data, not text.</source>
        <translation>Ce fichier contient des données binaires, pas du texte.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="110"/>
        <source>The document contains no text.</source>
        <translation>Le document ne contient aucun texte.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="117"/>
        <source>There is too little text here to be a privacy policy.</source>
        <translation>Il y a trop peu de texte ici pour une politique de confidentialité.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="124"/>
        <source>This web page contains no text of its own (it is probably filled in by scripts when it is shown). Save it from the browser as a single file (.mhtml) or print it to PDF, then open that.</source>
        <translation>Cette page web ne contient pas de texte propre (il est sans doute ajouté par des scripts à l&apos;affichage). Enregistrez-la depuis le navigateur en fichier unique (.mhtml) ou imprimez-la en PDF, puis ouvrez ce fichier.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="133"/>
        <source>This PDF has no text layer (it is probably a scan). Run it through OCR first, or open the web page or text version of the policy.</source>
        <translation>Ce PDF n&apos;a pas de couche texte (c&apos;est sans doute un scan). Passez-le d&apos;abord dans un logiciel d&apos;OCR, ou ouvrez la page web ou la version texte de la politique.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="142"/>
        <source>This document is encrypted and cannot be read.</source>
        <translation>Ce document est chiffré et ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="147"/>
        <source>This {kind} file is damaged and cannot be read ({reason}).</source>
        <translation>Ce fichier {kind} est endommagé et ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="152"/>
        <source>The file is too large ({size_mb} MB). PolicyLens opens files up to {limit_mb} MB.</source>
        <translation>Le fichier est trop volumineux ({size_mb} Mo). PolicyLens ouvre les fichiers jusqu&apos;à {limit_mb} Mo.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="159"/>
        <source>This does not look like a privacy policy: it says nothing about personal data.</source>
        <translation>Cela ne ressemble pas à une politique de confidentialité&#xa0;: le texte ne parle pas de données personnelles.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="167"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="8"/>
        <source>The package index cannot be reached (offline?). Install a package from a file: policylens packs install FILE.argosmodel</source>
        <translation>L&apos;index des paquets est inaccessible (hors ligne&#xa0;?). Installez un paquet depuis un fichier&#xa0;: policylens packs install FILE.argosmodel</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="26"/>
        <source>The package could not be downloaded ({reason}). Install a package from a file: policylens packs install FILE.argosmodel</source>
        <translation>Le paquet n&apos;a pas pu être téléchargé ({reason}). Installez un paquet depuis un fichier&#xa0;: policylens packs install FILE.argosmodel</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="35"/>
        <source>The package index has no package from {source} to {target}.</source>
        <translation>L&apos;index des paquets n&apos;a aucun paquet {source} → {target}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="42"/>
        <source>{name} is not a usable translation package: {reason}</source>
        <translation>{name} n&apos;est pas un paquet de traduction utilisable&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="47"/>
        <source>{name} translates from {got_source} to {got_target}, not from {source} to {target}.</source>
        <translation>{name} traduit {got_source} → {got_target}, pas {source} → {target}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="54"/>
        <source>No translation package from {source} to {target} is installed. Install one from a file (policylens packs install FILE.argosmodel) or, online, download it (policylens packs download {source_code} {target_code}).</source>
        <translation>Aucun paquet de traduction {source} → {target} n&apos;est installé. Installez-en un depuis un fichier (policylens packs install FILE.argosmodel) ou, en ligne, téléchargez-le (policylens packs download {source_code} {target_code}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="64"/>
        <source>No package from {source} to {target} is installed.</source>
        <translation>Aucun paquet {source} → {target} n&apos;est installé.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="69"/>
        <source>The policy&apos;s language could not be detected; name it with --from CODE.</source>
        <translation>La langue de la politique n&apos;a pas pu être détectée&#xa0;; indiquez-la avec --from CODE.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="78"/>
        <source>The installed package {name} cannot be loaded ({reason}). Remove it and install it again.</source>
        <translation>Le paquet installé {name} ne peut pas être chargé ({reason}). Supprimez-le et réinstallez-le.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="40"/>
        <source>There is not enough memory to analyse this document.</source>
        <translation>Il n&apos;y a pas assez de mémoire pour analyser ce document.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="44"/>
        <source>Cannot export: {reason}</source>
        <translation>Exportation impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="49"/>
        <source>{path} already exists (use --force to replace it)</source>
        <translation>{path} existe déjà (utilisez --force pour le remplacer)</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="54"/>
        <source>Cannot tell the format of {path}: use a .pdf, .html, .md or .png name, or --format</source>
        <translation>Impossible de déterminer le format de {path}&#xa0;: utilisez un nom en .pdf, .html, .md ou .png, ou --format</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="61"/>
        <source>The full report is not available as PNG: use PDF, HTML or Markdown</source>
        <translation>Le rapport complet n&apos;est pas disponible en PNG&#xa0;: utilisez PDF, HTML ou Markdown</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="67"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="29"/>
        <source>Privacy policy at a glance</source>
        <translation>La politique de confidentialité en un coup d&apos;œil</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="30"/>
        <source>Policy dated {date}</source>
        <translation>Politique datée du {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="31"/>
        <source>Policy date not stated</source>
        <translation>Date de la politique non indiquée</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="32"/>
        <source>Written in {language}</source>
        <translation>Rédigée en {language}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="33"/>
        <source>Red flags (%n)</source>
        <translation>
            <numerusform>Signaux d&apos;alerte (%n)</numerusform>
            <numerusform>Signaux d&apos;alerte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="34"/>
        <source>To exercise your rights</source>
        <translation>Pour exercer vos droits</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="35"/>
        <source>No contact given: the policy names no e-mail, address or form.</source>
        <translation>Aucun contact indiqué&#xa0;: la politique ne donne ni e-mail, ni adresse, ni formulaire.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="36"/>
        <source>A postal address is given in the policy.</source>
        <translation>La politique indique une adresse postale.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="37"/>
        <source>Phone: {phones}</source>
        <translation>Téléphone&#xa0;: {phones}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="38"/>
        <source>Web: {urls}</source>
        <translation>Web&#xa0;: {urls}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="39"/>
        <source>Contact is by a form or obfuscated e-mail (see the policy).</source>
        <translation>Le contact passe par un formulaire ou un e-mail masqué (voir la politique).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="40"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="41"/>
        <source>+%n more red flag(s)</source>
        <translation>
            <numerusform>+%n autre signal d&apos;alerte</numerusform>
            <numerusform>+%n autres signaux d&apos;alerte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="42"/>
        <source>Shortened to fit one page. {pointer}</source>
        <translation>Raccourci pour tenir sur une page. {pointer}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="43"/>
        <source>Full report: policylens analyze {file}</source>
        <translation>Rapport complet&#xa0;: policylens analyze {file}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="44"/>
        <source>See the full report in PolicyLens.</source>
        <translation>Voir le rapport complet dans PolicyLens.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="45"/>
        <source>PolicyLens {version}</source>
        <translation>PolicyLens {version}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="46"/>
        <source>Source: {file}</source>
        <translation>Source&#xa0;: {file}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="47"/>
        <source>SHA-256 {hash}…</source>
        <translation>SHA-256 {hash}…</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="48"/>
        <source>Analysed on {date}</source>
        <translation>Analysée le {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="49"/>
        <source>Automated reading of the policy, not legal advice: every finding points to a sentence of it.</source>
        <translation>Lecture automatisée de la politique, pas un conseil juridique&#xa0;: chaque constat renvoie à l&apos;une de ses phrases.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="52"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="53"/>
        <source>Full report</source>
        <translation>Rapport complet</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="54"/>
        <source>In section “{section}”</source>
        <translation>Dans la section «&#xa0;{section}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="55"/>
        <source>Found from what the policy does not say.</source>
        <translation>Déduit de ce que la politique ne dit pas.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="56"/>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="45"/>
        <source>Export Summary</source>
        <translation>Exporter le résumé</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="46"/>
        <source>Save the summary as a one-page PDF or image, a web page or Markdown.</source>
        <translation>Enregistrez le résumé en PDF ou en image d&apos;une page, en page web ou en Markdown.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="47"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="48"/>
        <source>Paper size:</source>
        <translation>Format du papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="49"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="50"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="51"/>
        <source>Full report with the evidence (several pages)</source>
        <translation>Rapport complet avec les preuves (plusieurs pages)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="52"/>
        <source>Choose File…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="53"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="54"/>
        <source>Web page (*.html *.htm)</source>
        <translation>Page web (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="55"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="56"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="57"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="58"/>
        <source>HTML (web page)</source>
        <translation>HTML (page web)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="59"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="60"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="61"/>
        <source>Save Summary As</source>
        <translation>Enregistrer le résumé sous</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="62"/>
        <source>{name} - privacy summary</source>
        <translation>{name} - résumé de confidentialité</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="63"/>
        <source>{name} - privacy report</source>
        <translation>{name} - rapport de confidentialité</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="64"/>
        <source>Replace File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="65"/>
        <source>“{file}” already exists. Do you want to replace it?</source>
        <translation>«&#xa0;{file}&#xa0;» existe déjà. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="66"/>
        <source>Summary Exported</source>
        <translation>Résumé exporté</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="67"/>
        <source>The summary was saved as “{file}”.</source>
        <translation>Le résumé a été enregistré sous «&#xa0;{file}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="68"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="69"/>
        <source>No File Manager</source>
        <translation>Aucun gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="70"/>
        <source>No file manager is available to open the folder. The summary is saved here:</source>
        <translation>Aucun gestionnaire de fichiers n&apos;est disponible pour ouvrir le dossier. Le résumé est enregistré ici&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="73"/>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="74"/>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="75"/>
        <source>The summary could not be saved as “{file}”.</source>
        <translation>Le résumé n&apos;a pas pu être enregistré sous «&#xa0;{file}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="76"/>
        <source>A PNG image holds the one-page summary only.</source>
        <translation>Une image PNG ne contient que le résumé d&apos;une page.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="22"/>
        <source>The policy gives no e-mail address, postal address or contact form, so there is no sentence to show: this finding comes from what is missing.</source>
        <translation>La politique ne donne ni adresse e-mail, ni adresse postale, ni formulaire de contact&#xa0;: il n&apos;y a donc aucune phrase à montrer, ce constat vient de ce qui manque.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="27"/>
        <source>The policy states no concrete retention period anywhere, so there is no sentence to show: this finding comes from what is missing.</source>
        <translation>La politique n&apos;indique nulle part de durée de conservation précise&#xa0;: il n&apos;y a donc aucune phrase à montrer, ce constat vient de ce qui manque.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="32"/>
        <source>The policy does not say whether it sells your data, so there is no sentence to show.</source>
        <translation>La politique ne dit pas si vos données sont vendues&#xa0;: il n&apos;y a donc aucune phrase à montrer.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="36"/>
        <source>The contact details were found in the policy&apos;s text, but not in one sentence.</source>
        <translation>Les coordonnées ont été trouvées dans le texte de la politique, mais pas dans une seule phrase.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="40"/>
        <source>This finding comes from something the policy does not say, so there is no sentence to show.</source>
        <translation>Ce constat vient de quelque chose que la politique ne dit pas&#xa0;: il n&apos;y a donc aucune phrase à montrer.</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="192"/>
        <source>Broad exceptions to your consent</source>
        <translation>Larges exceptions à votre consentement</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="201"/>
        <source>Sells your data</source>
        <translation>Vend vos données</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="209"/>
        <source>Take it or leave it</source>
        <translation>À prendre ou à laisser</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="218"/>
        <source>Kept forever</source>
        <translation>Conservation illimitée</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="226"/>
        <source>Targeted advertising</source>
        <translation>Publicité ciblée</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="233"/>
        <source>Third-party tracking</source>
        <translation>Pistage par des tiers</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="242"/>
        <source>Data combined across services</source>
        <translation>Données croisées entre services</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="251"/>
        <source>Commercial use of &apos;anonymised&apos; data</source>
        <translation>Usage commercial de données «&#xa0;anonymisées&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="260"/>
        <source>Hardware identifiers collected</source>
        <translation>Identifiants matériels collectés</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="270"/>
        <source>Sent to other countries</source>
        <translation>Envoi vers d&apos;autres pays</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="277"/>
        <source>No clear retention period</source>
        <translation>Pas de durée de conservation claire</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="285"/>
        <source>Can change without telling you</source>
        <translation>Peut changer sans vous prévenir</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="295"/>
        <source>Your rights come with exceptions</source>
        <translation>Vos droits ont des exceptions</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="302"/>
        <source>No way to contact them</source>
        <translation>Aucun moyen de les contacter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="310"/>
        <source>Using it counts as consent</source>
        <translation>L&apos;utilisation vaut consentement</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="317"/>
        <source>Open-ended lists</source>
        <translation>Listes non exhaustives</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="193"/>
        <source>Your data may be collected or disclosed without your consent in wide, loosely defined cases.</source>
        <translation>Vos données peuvent être collectées ou divulguées sans votre consentement dans des cas larges et mal définis.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="202"/>
        <source>Your personal data can be sold, rented or traded to others.</source>
        <translation>Vos données personnelles peuvent être vendues, louées ou échangées avec d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="210"/>
        <source>If you refuse the policy you lose the product or core functions of what you bought.</source>
        <translation>Si vous refusez la politique, vous perdez le produit ou les fonctions essentielles de ce que vous avez acheté.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="219"/>
        <source>Some data is kept with no end date, so it never goes away.</source>
        <translation>Certaines données sont conservées sans date de fin&#xa0;: elles ne disparaissent jamais.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="227"/>
        <source>What they learn about you is used to choose the ads and offers you see.</source>
        <translation>Ce qu&apos;ils apprennent sur vous sert à choisir les publicités et les offres que vous voyez.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="234"/>
        <source>Other companies track you through this service, often outside this policy&apos;s protection.</source>
        <translation>D&apos;autres entreprises vous pistent via ce service, souvent hors de la protection de cette politique.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="243"/>
        <source>Data from one service is combined with other services or sources into a fuller profile.</source>
        <translation>Les données d&apos;un service sont combinées avec d&apos;autres services ou sources pour former un profil plus complet.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="252"/>
        <source>&apos;Anonymised&apos; or aggregated data about you may be used commercially without limits.</source>
        <translation>Les données «&#xa0;anonymisées&#xa0;» ou agrégées vous concernant peuvent être exploitées commercialement sans limite.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="261"/>
        <source>Permanent device numbers (IMEI, MAC address) let you be recognised for the device&apos;s lifetime.</source>
        <translation>Des numéros permanents de l&apos;appareil (IMEI, adresse MAC) permettent de vous reconnaître pendant toute la durée de vie de celui-ci.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="271"/>
        <source>Your data may be stored in countries where the law may protect it less.</source>
        <translation>Vos données peuvent être stockées dans des pays où la loi les protège peut-être moins bien.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="278"/>
        <source>No concrete period is given, so you cannot know when your data is deleted.</source>
        <translation>Aucune durée de conservation précise n&apos;est donnée&#xa0;: vous ne pouvez pas savoir quand vos données sont supprimées.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="286"/>
        <source>The policy can change at any time and it is up to you to notice.</source>
        <translation>La politique peut changer à tout moment et c&apos;est à vous de vous en apercevoir.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="296"/>
        <source>Your rights are subject to unspecified exceptions, so they may be refused.</source>
        <translation>Vos droits sont soumis à des exceptions non précisées&#xa0;: ils peuvent donc vous être refusés.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="303"/>
        <source>No e-mail, address or form is given to ask questions or exercise your rights.</source>
        <translation>Aucun e-mail, aucune adresse ni aucun formulaire n&apos;est indiqué pour poser des questions ou exercer vos droits.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="311"/>
        <source>Merely using the service counts as agreeing to the policy.</source>
        <translation>Le simple fait d&apos;utiliser le service vaut acceptation de la politique.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="318"/>
        <source>Lists end with &apos;etc.&apos; or &apos;not limited to&apos;, so the real scope is open.</source>
        <translation>Les listes se terminent par «&#xa0;etc.&#xa0;» ou «&#xa0;sans s&apos;y limiter&#xa0;»&#xa0;: leur portée réelle reste ouverte.</translation>
    </message>
</context>
<context>
    <name>grade</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="94"/>
        <source>{title} ({severity}): −{points}</source>
        <translation>{title} ({severity})&#xa0;: −{points}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="95"/>
        <source>Says it does not sell your data: +{points}</source>
        <translation>Dit ne pas vendre vos données&#xa0;: +{points}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="96"/>
        <source>States concrete retention periods: +{points}</source>
        <translation>Indique des durées de conservation précises&#xa0;: +{points}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="97"/>
        <source>Names %n right(s) you can use: +{points}</source>
        <translation>
            <numerusform>Cite %n droit que vous pouvez exercer&#xa0;: +{points}</numerusform>
            <numerusform>Cite %n droits que vous pouvez exercer&#xa0;: +{points}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="98"/>
        <source>Start from 100, then:</source>
        <translation>On part de 100, puis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="99"/>
        <source>Two or more essentials are missing or vague: the score is capped at {points}</source>
        <translation>Au moins deux éléments essentiels manquent ou sont vagues : la note est plafonnée à {points}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="106"/>
        <source>This does not look like a privacy policy.</source>
        <translation>Ce texte ne ressemble pas à une politique de confidentialité.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="107"/>
        <source>Not enough to grade: the text says too little about your data.</source>
        <translation>Impossible de noter : le texte en dit trop peu sur vos données.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="108"/>
        <source>Not graded: PolicyLens cannot read this language.</source>
        <translation>Non noté : PolicyLens ne sait pas lire cette langue.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="112"/>
        <source>Not a privacy policy</source>
        <translation>Pas une politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="113"/>
        <source>Not enough to grade</source>
        <translation>Trop peu pour noter</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="114"/>
        <source>Not graded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="118"/>
        <source>Who is responsible and how to reach them</source>
        <translation>Qui est responsable et comment le joindre</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="119"/>
        <source>What data is collected</source>
        <translation>Quelles données sont collectées</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="120"/>
        <source>What it is used for</source>
        <translation>À quoi elles servent</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="121"/>
        <source>Who receives it</source>
        <translation>Qui les reçoit</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="122"/>
        <source>How long it is kept</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="123"/>
        <source>Your rights and how to use them</source>
        <translation>Vos droits et comment les exercer</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="124"/>
        <source>Your right to complain to an authority</source>
        <translation>Votre droit d&apos;introduire une réclamation auprès d&apos;une autorité</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="127"/>
        <source>stated</source>
        <translation>indiqué</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="128"/>
        <source>vague</source>
        <translation>vague</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="129"/>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="132"/>
        <source>Says it does not sell your data</source>
        <translation>Indique ne pas vendre vos données</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="133"/>
        <source>States concrete retention periods</source>
        <translation>Indique des durées de conservation précises</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="134"/>
        <source>Names %n right(s) you can use</source>
        <translation>
            <numerusform>Cite %n droit que vous pouvez exercer</numerusform>
            <numerusform>Cite %n droits que vous pouvez exercer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="137"/>
        <source>Good practice wins back at most half of what red flags cost</source>
        <translation>Les bonnes pratiques ne rattrapent au plus que la moitié de ce que coûtent les signaux d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="141"/>
        <source>What it tells you</source>
        <translation>Ce qu&apos;elle vous dit</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="142"/>
        <source>What it does: red flags</source>
        <translation>Ce qu&apos;elle fait : signaux d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="143"/>
        <source>What it does: good practice</source>
        <translation>Ce qu&apos;elle fait : bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="144"/>
        <source>Limits</source>
        <translation>Plafonds</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="165"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="166"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="167"/>
        <source>Swedish</source>
        <translation>suédois</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="168"/>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="169"/>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="170"/>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="171"/>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="172"/>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="173"/>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="174"/>
        <source>Danish</source>
        <translation>danois</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="175"/>
        <source>Norwegian</source>
        <translation>norvégien</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="176"/>
        <source>Finnish</source>
        <translation>finnois</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="177"/>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="178"/>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="179"/>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="180"/>
        <source>Korean</source>
        <translation>coréen</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="181"/>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="182"/>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="183"/>
        <source>Czech</source>
        <translation>tchèque</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="184"/>
        <source>Slovak</source>
        <translation>slovaque</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="185"/>
        <source>Hungarian</source>
        <translation>hongrois</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="186"/>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="187"/>
        <source>Greek</source>
        <translation>grec</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="188"/>
        <source>Bulgarian</source>
        <translation>bulgare</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="189"/>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="190"/>
        <source>Croatian</source>
        <translation>croate</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="191"/>
        <source>Slovenian</source>
        <translation>slovène</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="192"/>
        <source>Estonian</source>
        <translation>estonien</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="193"/>
        <source>Latvian</source>
        <translation>letton</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="194"/>
        <source>Lithuanian</source>
        <translation>lituanien</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="195"/>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="196"/>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="197"/>
        <source>Indonesian</source>
        <translation>indonésien</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="198"/>
        <source>Vietnamese</source>
        <translation>vietnamien</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="199"/>
        <source>Thai</source>
        <translation>thaï</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="200"/>
        <source>Catalan</source>
        <translation>catalan</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="201"/>
        <source>Persian</source>
        <translation>persan</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="202"/>
        <source>an unknown language</source>
        <translation>langue inconnue</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="64"/>
        <source>Access: a copy of your data (Art. 15)</source>
        <translation>Accès&#xa0;: une copie de vos données (art. 15)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="65"/>
        <source>Erasure of your data (Art. 17)</source>
        <translation>Effacement de vos données (art. 17)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="66"/>
        <source>Rectification of wrong data (Art. 16)</source>
        <translation>Rectification de données inexactes (art. 16)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="67"/>
        <source>Objection, incl. to direct marketing (Art. 21)</source>
        <translation>Opposition, y compris à la prospection (art. 21)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="68"/>
        <source>Your data in a machine-readable file (Art. 20)</source>
        <translation>Vos données dans un fichier lisible par machine (art. 20)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="69"/>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation>Retrait du consentement (art. 7, par. 3)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="70"/>
        <source>Complaint to a supervisory authority (Art. 77)</source>
        <translation>Réclamation auprès d&apos;une autorité de contrôle (art. 77)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="73"/>
        <source>Right to know (CCPA § 1798.110)</source>
        <translation>Droit de savoir (CCPA § 1798.110)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="74"/>
        <source>Right to delete (CCPA § 1798.105)</source>
        <translation>Droit à la suppression (CCPA § 1798.105)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="75"/>
        <source>Right to correct (CCPA § 1798.106)</source>
        <translation>Droit de rectification (CCPA § 1798.106)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="76"/>
        <source>Opt out of sale or sharing (CCPA § 1798.120)</source>
        <translation>Refus de la vente ou du partage (CCPA § 1798.120)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="80"/>
        <source>The policy does not name the company responsible: fill in whom the letter is for.</source>
        <translation>La politique ne nomme pas l&apos;entreprise responsable&#xa0;: indiquez à qui la lettre est destinée.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="83"/>
        <source>The policy gives no e-mail address for privacy requests: send this letter by post (save it as PDF and print it), or fill in an address.</source>
        <translation>La politique ne donne aucune adresse e-mail pour les demandes&#xa0;: envoyez cette lettre par la poste (enregistrez-la en PDF et imprimez-la) ou indiquez une adresse.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="88"/>
        <source>The saved page hides the e-mail address (“[email protected]”): look it up on the company&apos;s web page.</source>
        <translation>La page enregistrée masque l&apos;adresse e-mail («&#xa0;[email protected]&#xa0;»)&#xa0;: cherchez-la sur le site de l&apos;entreprise.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="92"/>
        <source>No postal address of the company was found in the policy: fill it in to send the letter by post.</source>
        <translation>Aucune adresse postale de l&apos;entreprise n&apos;a été trouvée dans la politique&#xa0;: indiquez-la pour envoyer la lettre par la poste.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="95"/>
        <source>This authority takes complaints by post or through its web form, not by e-mail.</source>
        <translation>Cette autorité reçoit les réclamations par la poste ou via son formulaire en ligne, pas par e-mail.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="98"/>
        <source>In Germany, a complaint about a company normally goes to the authority of the state where the company is based: choose the state.</source>
        <translation>En Allemagne, une réclamation contre une entreprise va normalement à l&apos;autorité du Land où l&apos;entreprise est établie&#xa0;: choisissez le Land.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="103"/>
        <source>Letters under California law are written in English.</source>
        <translation>Les lettres relevant du droit californien sont rédigées en anglais.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="115"/>
        <source>No supervisory authority is known for the country code “{code}”. Known: {known}.</source>
        <translation>Aucune autorité de contrôle n&apos;est connue pour le code pays «&#xa0;{code}&#xa0;». Codes connus&#xa0;: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="122"/>
        <source>No German state has the code “{code}”. Known: {known}.</source>
        <translation>Aucun Land allemand n&apos;a le code «&#xa0;{code}&#xa0;». Codes connus&#xa0;: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="127"/>
        <source>This policy is read under California law (CCPA), which has no “{request}” request. Known: {known}.</source>
        <translation>Cette politique relève du droit californien (CCPA), qui ne prévoit pas de demande «&#xa0;{request}&#xa0;». Demandes possibles&#xa0;: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="470"/>
        <source>Unknown request “{request}”. Known: {known}.</source>
        <translation>Demande inconnue «&#xa0;{request}&#xa0;». Demandes possibles&#xa0;: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="476"/>
        <source>A complaint needs a country (known: {known}).</source>
        <translation>Une réclamation demande un pays (connus&#xa0;: {known}).</translation>
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
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="26"/>
        <source>Red flags</source>
        <translation>Signaux d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="27"/>
        <source>No red flags found.</source>
        <translation>Aucun signal d&apos;alerte trouvé.</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="28"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="29"/>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="30"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="31"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="32"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="33"/>
        <source>Why this grade</source>
        <translation>Pourquoi cette note</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="35"/>
        <source>not graded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="37"/>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="38"/>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="168"/>
        <source>A concrete period is stated</source>
        <translation>Une durée de conservation précise est indiquée</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="169"/>
        <source>As long as necessary (no period given)</source>
        <translation>Aussi longtemps que nécessaire (sans durée précise)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="170"/>
        <source>While your account is active</source>
        <translation>Tant que votre compte est actif</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="171"/>
        <source>Longer when the law requires</source>
        <translation>Plus longtemps si la loi l&apos;exige</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="172"/>
        <source>Indefinitely</source>
        <translation>Indéfiniment</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="173"/>
        <source>Deleted or anonymised when no longer needed</source>
        <translation>Supprimées ou anonymisées lorsqu&apos;elles ne sont plus nécessaires</translation>
    </message>
</context>
<context>
    <name>rights</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="175"/>
        <source>See your data</source>
        <translation>Accéder à vos données</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="176"/>
        <source>Correct your data</source>
        <translation>Rectifier vos données</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="177"/>
        <source>Delete your data</source>
        <translation>Effacer vos données</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="178"/>
        <source>Take your data elsewhere</source>
        <translation>Transférer vos données ailleurs</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="179"/>
        <source>Limit processing</source>
        <translation>Limiter le traitement</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="180"/>
        <source>Object to processing</source>
        <translation>S&apos;opposer au traitement</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="181"/>
        <source>Withdraw consent</source>
        <translation>Retirer votre consentement</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="182"/>
        <source>Complain to a data-protection authority</source>
        <translation>Introduire une réclamation auprès d&apos;une autorité de protection des données</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="183"/>
        <source>Opt out of marketing</source>
        <translation>S&apos;opposer à la prospection commerciale</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="184"/>
        <source>Opt out of the sale of your data</source>
        <translation>Refuser la vente de vos données</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="185"/>
        <source>No penalty for using your rights</source>
        <translation>Aucune pénalité si vous exercez vos droits</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="186"/>
        <source>Refuse or manage cookies</source>
        <translation>Refuser ou gérer les cookies</translation>
    </message>
</context>
<context>
    <name>sells</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="36"/>
        <source>Sells your data</source>
        <translation>Vend vos données</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="37"/>
        <source>Does not sell your data</source>
        <translation>Ne vend pas vos données</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="38"/>
        <source>Does not say whether it sells your data</source>
        <translation>Ne dit pas si vos données sont vendues</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="30"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="31"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="32"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
</context>
<context>
    <name>shared</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="160"/>
        <source>Service providers working for it</source>
        <translation>Prestataires travaillant pour l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="161"/>
        <source>Companies of the same group</source>
        <translation>Sociétés du même groupe</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="162"/>
        <source>Advertisers and marketing partners</source>
        <translation>Annonceurs et partenaires marketing</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="163"/>
        <source>Authorities and courts, when the law requires</source>
        <translation>Autorités et tribunaux, quand la loi l&apos;exige</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="164"/>
        <source>A buyer, if the company is sold</source>
        <translation>Un acquéreur, si l&apos;entreprise est vendue</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="165"/>
        <source>Others, only with your consent</source>
        <translation>D&apos;autres, uniquement avec votre consentement</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="166"/>
        <source>Other users or the public</source>
        <translation>D&apos;autres utilisateurs ou le public</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="23"/>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="24"/>
        <source>Caution</source>
        <translation>Prudence</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="25"/>
        <source>Clearly stated</source>
        <translation>Explicite</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="26"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="148"/>
        <source>This policy is in {language}, which PolicyLens cannot analyse directly. Install an offline translation package from {language} to English to analyse it.</source>
        <translation>PolicyLens ne peut pas analyser directement la langue de cette politique ({language}). Installez un paquet de traduction hors ligne {language} → anglais pour l&apos;analyser.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="153"/>
        <source>The policy mixes languages: {parts}.</source>
        <translation>La politique mélange plusieurs langues&#xa0;: {parts}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="154"/>
        <source>The language could not be detected with confidence.</source>
        <translation>La langue n&apos;a pas pu être détectée avec certitude.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="155"/>
        <source>Analysed through an offline English translation; evidence quotes the original text.</source>
        <translation>Analysée via une traduction anglaise hors ligne&#xa0;; les preuves citent le texte original.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="158"/>
        <source>The text is very short; the summary may be incomplete.</source>
        <translation>Le texte est très court&#xa0;; le résumé est peut-être incomplet.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="161"/>
        <source>{language} {percent}%</source>
        <translation>{language} {percent}&#xa0;%</translation>
    </message>
</context>
</TS>
