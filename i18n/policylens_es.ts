<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="125"/>
        <location filename="../app/policylens/ui/dialogs.py" line="152"/>
        <source>About PolicyLens</source>
        <translation>Acerca de PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="134"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="136"/>
        <source>Read a privacy policy in a minute. Everything happens on this computer: PolicyLens never connects to the network.</source>
        <translation>Lee una política de privacidad en un minuto. Todo ocurre en este ordenador: PolicyLens nunca se conecta a la red.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="139"/>
        <source>PolicyLens is free software under the {license} license.</source>
        <translation>PolicyLens es software libre con licencia {license}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="140"/>
        <source>Built with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Creado con Qt {qt} y PySide6 {pyside}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="141"/>
        <source>Components and their licenses</source>
        <translation>Componentes y sus licencias</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="296"/>
        <source>Shows the sentences of the policy that say this</source>
        <translation>Muestra las frases de la política que lo dicen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="297"/>
        <source>Show where the policy says this</source>
        <translation>Mostrar dónde lo dice la política</translation>
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
        <translation>Comparando con «{name}»…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="168"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="169"/>
        <source>Compare — {old} → {new}</source>
        <translation>Comparar — {old} → {new}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="234"/>
        <source>Cannot open “{name}”</source>
        <translation>No se puede abrir «{name}»</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="319"/>
        <source>Changes in what the policy says</source>
        <translation>Cambios en lo que dice la política</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="341"/>
        <source>◀ Previous change</source>
        <translation>◀ Cambio anterior</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="342"/>
        <source>Next change ▶</source>
        <translation>Cambio siguiente ▶</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="343"/>
        <source>Previous change (F7)</source>
        <translation>Cambio anterior (F7)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="344"/>
        <source>Next change (F8)</source>
        <translation>Cambio siguiente (F8)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="355"/>
        <source>Text changes</source>
        <translation>Cambios en el texto</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="369"/>
        <source>Export Comparison…</source>
        <translation>Exportar la comparación…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="370"/>
        <source>Save this comparison as a one-page PDF, HTML or Markdown file (Ctrl+E)</source>
        <translation>Guardar esta comparación en una página PDF, HTML o Markdown (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="372"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/compare_view.py" line="569"/>
        <source>{index} of {total}</source>
        <translation>{index} de {total}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="79"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="83"/>
        <source>Something unexpected went wrong. PolicyLens keeps running; the details below can help to report the problem.</source>
        <translation>Algo inesperado ha fallado. PolicyLens sigue funcionando; los detalles de abajo pueden ayudar a informar del problema.</translation>
    </message>
</context>
<context>
    <name>EvidenceBar</name>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="59"/>
        <source>Previous sentence (F7)</source>
        <translation>Frase anterior (F7)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="60"/>
        <source>Previous sentence</source>
        <translation>Frase anterior</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="61"/>
        <source>Next sentence (F8)</source>
        <translation>Frase siguiente (F8)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="62"/>
        <source>Next sentence</source>
        <translation>Frase siguiente</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="63"/>
        <location filename="../app/policylens/ui/evidencebar.py" line="64"/>
        <source>Stop showing this finding</source>
        <translation>Dejar de mostrar este hallazgo</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/evidencebar.py" line="87"/>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="61"/>
        <location filename="../app/policylens/ui/findbar.py" line="62"/>
        <source>Find in the policy</source>
        <translation>Buscar en la política</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="63"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="64"/>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="65"/>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="66"/>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="67"/>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="68"/>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="69"/>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="139"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findbar.py" line="143"/>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
</context>
<context>
    <name>FlagButton</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="324"/>
        <source>Red flag, {severity}: {title}</source>
        <translation>Señal de alerta, {severity}: {title}</translation>
    </message>
</context>
<context>
    <name>GradeBadge</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="220"/>
        <source>Not graded</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="234"/>
        <source>Grade {letter}, score {score} out of 100</source>
        <translation>Nota {letter}, {score} de 100 puntos</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="39"/>
        <source>Why This Grade</source>
        <translation>Por qué esta calificación</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="45"/>
        <source>Grade {letter}, {score}</source>
        <translation>Calificación {letter}, {score}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="53"/>
        <source>Start from 100. Each item a privacy notice owes you costs points when it is vague or not stated; each red flag costs 15 (high), 7 (medium) or 3 (low); good practice wins back at most half of what the red flags cost. With two or more essentials missing or vague the grade is at most C. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E.</source>
        <translation>Se parte de 100. Cada dato que una política de privacidad te debe resta puntos si es vago o falta; cada señal de alerta resta 15 (alta), 7 (media) o 3 (baja); las buenas prácticas recuperan como mucho la mitad de lo que restan las señales de alerta. Si faltan dos o más datos esenciales o son vagos, la calificación es como máximo C. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, si no E.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="64"/>
        <source>Reasons for the grade</source>
        <translation>Motivos de la calificación</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="66"/>
        <source>Sentence in the policy</source>
        <translation>Frase de la política</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="77"/>
        <source>(not stated)</source>
        <translation>(no consta)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/grade_dialog.py" line="101"/>
        <source>Double-click a line, or press Enter on it, to see its sentence in the policy.</source>
        <translation>Haz doble clic en una línea, o pulsa Intro sobre ella, para ver su frase en la política.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../app/policylens/ui/help.py" line="90"/>
        <location filename="../app/policylens/ui/help.py" line="91"/>
        <source>PolicyLens Guide</source>
        <translation>Guía de PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="98"/>
        <source>How to read a summary</source>
        <translation>Cómo leer un resumen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="104"/>
        <source>PolicyLens reads the policy on your computer and sums it up on the right: a grade, the red flags, and four cards. Click a line of a card or a red flag to see the sentences of the policy that say it; F7 and F8 go to the previous and next one.</source>
        <translation>PolicyLens lee la política en su ordenador y la resume a la derecha: una nota, las señales de alerta y cuatro tarjetas. Haga clic en una línea de una tarjeta o en una señal de alerta para ver las frases de la política que lo dicen; F7 y F8 van a la anterior y a la siguiente.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="111"/>
        <source>The cards</source>
        <translation>Las tarjetas</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="114"/>
        <source>what the service collects or receives about you;</source>
        <translation>lo que el servicio recoge o recibe sobre usted;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="115"/>
        <source>who it passes your data on to;</source>
        <translation>a quién transmite sus datos;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="116"/>
        <source>how long it keeps your data;</source>
        <translation>cuánto tiempo conserva sus datos;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="117"/>
        <source>what you can ask of it (a copy, a correction, deletion…) and how to reach it.</source>
        <translation>lo que puede pedirle (una copia, una rectificación, la supresión…) y cómo contactar con él.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="119"/>
        <source>{term}: {meaning}</source>
        <translation>{term}: {meaning}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="125"/>
        <source>The colors</source>
        <translation>Los colores</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="128"/>
        <source>something that weighs against you;</source>
        <translation>algo que juega en su contra;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="130"/>
        <source>worth a closer look: vague, broad (location or sensitive data, many kinds of data, advertisers among the recipients) or partly against you;</source>
        <translation>conviene mirarlo de cerca: vago, amplio (ubicación o datos sensibles, muchos tipos de datos, anunciantes entre los destinatarios) o en parte en su contra;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="134"/>
        <source>stated clearly, and what it does is mild: this says the policy is clear on the topic, not that all is well;</source>
        <translation>se dice con claridad y lo que hace es moderado: la política es clara en este punto, no significa que todo esté bien;</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="137"/>
        <source>the policy does not say.</source>
        <translation>la política no lo dice.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="144"/>
        <source>A color always comes with its word, never alone.</source>
        <translation>Un color siempre va acompañado de su palabra, nunca solo.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="149"/>
        <source>The grade</source>
        <translation>La nota</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="154"/>
        <source>Every policy starts at 100 points. Each red flag takes points off: {high} for a high one, {medium} for a medium one, {low} for a low one. Saying that it does not sell your data, giving concrete retention periods and naming six or more of your rights each win {bonus} points back, at most half of what the red flags cost.</source>
        <translation>Toda política parte de 100 puntos. Cada señal de alerta resta puntos: {high} por una alta, {medium} por una media y {low} por una baja. Decir que no vende sus datos, indicar plazos de conservación concretos y nombrar seis o más de sus derechos devuelven {bonus} puntos cada uno, como mucho la mitad de lo que cuestan las señales de alerta.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="165"/>
        <source>It also checks what the policy tells you: who is responsible and how to reach them, what data, what for, who receives it, how long it is kept, your rights and your right to complain. Each of these that is missing or vague costs points, and with two or more essentials missing or vague the grade is at most C. A text that does not look like a privacy policy, or says too little, gets no grade. Click the grade (Ctrl+I) to see every line.</source>
        <translation>También comprueba lo que la política te cuenta: quién es el responsable y cómo contactarlo, qué datos, para qué, quién los recibe, cuánto tiempo se conservan, tus derechos y tu derecho a presentar una reclamación. Cada uno de estos datos que falte o sea vago resta puntos, y si faltan dos o más datos esenciales o son vagos, la calificación es como máximo C. Un texto que no parece una política de privacidad, o que dice muy poco, no recibe calificación. Haz clic en la calificación (Ctrl+I) para ver cada línea.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="177"/>
        <source>Letters: {bands}; {last} below.</source>
        <translation>Letras: {bands}; {last} por debajo.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="181"/>
        <source>A policy in a language PolicyLens has no rules for is not graded, unless it is analysed through an English translation.</source>
        <translation>Una política en un idioma para el que PolicyLens no tiene reglas no recibe nota, salvo que se analice mediante una traducción al inglés.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="188"/>
        <source>The red flags</source>
        <translation>Las señales de alerta</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="193"/>
        <source>Examples come from the policy you have open: {name}.</source>
        <translation>Los ejemplos proceden de la política que tiene abierta: {name}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="210"/>
        <source>In this policy:</source>
        <translation>En esta política:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="211"/>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="216"/>
        <source>Raised for this policy by what it does not say.</source>
        <translation>Señalada en esta política por lo que no dice.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="218"/>
        <source>Not found in this policy.</source>
        <translation>No aparece en esta política.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="51"/>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="52"/>
        <source>E-mail to finish in your mail app (*.eml)</source>
        <translation>Correo para terminar en tu aplicación de correo (*.eml)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="53"/>
        <source>PDF to print (*.pdf)</source>
        <translation>PDF para imprimir (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="95"/>
        <source>Use Your Rights</source>
        <translation>Ejercer tus derechos</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="96"/>
        <source>Use your rights: draft a request or a complaint</source>
        <translation>Ejercer tus derechos: redactar una solicitud o una reclamación</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="101"/>
        <source>PolicyLens drafts the letter; you check it, fill in the fields in [brackets] and send it yourself. Nothing is sent from here.</source>
        <translation>PolicyLens redacta la carta; tú la revisas, rellenas los campos entre [corchetes] y la envías. Desde aquí no se envía nada.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="114"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="115"/>
        <source>&amp;Request:</source>
        <translation>&amp;Solicitud:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="124"/>
        <source>the policy&apos;s</source>
        <translation>la de la política</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="124"/>
        <source>yours</source>
        <translation>la tuya</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="125"/>
        <source>{language} ({which})</source>
        <translation>{language} ({which})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="131"/>
        <source>Language of the letter</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="132"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="143"/>
        <source>Country of the supervisory authority</source>
        <translation>País de la autoridad de control</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="144"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="149"/>
        <source>Federal authority (BfDI)</source>
        <translation>Autoridad federal (BfDI)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="152"/>
        <source>German state</source>
        <translation>Estado federado alemán</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="172"/>
        <source>Letter (editable)</source>
        <translation>Carta (editable)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="186"/>
        <source>Where the addresses come from</source>
        <translation>De dónde vienen las direcciones</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="153"/>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado federado:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="196"/>
        <source>Co&amp;py Letter</source>
        <translation>Co&amp;piar la carta</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="198"/>
        <source>Copy the letter to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar la carta al portapapeles (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="199"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="201"/>
        <source>Save as text, e-mail (.eml) or PDF (Ctrl+S)</source>
        <translation>Guardar como texto, correo (.eml) o PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="202"/>
        <source>Open in &amp;Mail App</source>
        <translation>Abrir en la aplicación de &amp;correo</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="204"/>
        <source>Opens a new message in your mail app (Ctrl+M); you send it yourself</source>
        <translation>Abre un mensaje nuevo en tu aplicación de correo (Ctrl+M); lo envías tú</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="340"/>
        <source>Discard Your Changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="341"/>
        <source>You have edited the letter. Draft a new one and lose your changes?</source>
        <translation>Has modificado la carta. ¿Redactar una nueva y perder tus cambios?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="353"/>
        <source>Addressed with</source>
        <translation>Dirigida con</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="357"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="358"/>
        <source>E-mail for requests</source>
        <translation>Correo para solicitudes</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="359"/>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="360"/>
        <source>Supervisory authority</source>
        <translation>Autoridad de control</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="366"/>
        <source>From PolicyLens&apos;s list of authorities (source: {source})</source>
        <translation>De la lista de autoridades de PolicyLens (fuente: {source})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="372"/>
        <source>Not found in the policy.</source>
        <translation>No figura en la política.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="384"/>
        <source>The policy says: “{quote}”</source>
        <translation>La política dice: «{quote}»</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="422"/>
        <source>Save Letter As</source>
        <translation>Guardar la carta como</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="436"/>
        <source>Letter Not Saved</source>
        <translation>Carta no guardada</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/letter_dialog.py" line="437"/>
        <source>The letter could not be saved as “{file}”: {reason}</source>
        <translation>No se pudo guardar la carta como «{file}»: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="209"/>
        <source>This sentence supports:</source>
        <translation>Esta frase respalda:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="354"/>
        <source>Open a policy first: the letters are written from its summary.</source>
        <translation>Abra primero una política: las cartas se redactan a partir de su resumen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="357"/>
        <source>Open a policy first: there is no summary to export yet.</source>
        <translation>Abra primero una política: todavía no hay ningún resumen que exportar.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="371"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="372"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="373"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="374"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="375"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="379"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="380"/>
        <source>Open &amp;Sample Policy</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="381"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="382"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="383"/>
        <source>Open a saved privacy policy</source>
        <translation>Abrir una política de privacidad guardada</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="384"/>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Borrar archivos recientes</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="385"/>
        <source>&amp;Export Summary…</source>
        <translation>E&amp;xportar resumen…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="386"/>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparar con…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="387"/>
        <source>Compare the open policy with another version of it</source>
        <translation>Comparar la política abierta con otra versión</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="388"/>
        <source>&amp;Use Your Rights…</source>
        <translation>E&amp;jercer tus derechos…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="390"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="391"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="392"/>
        <source>&amp;Paste Policy Text</source>
        <translation>&amp;Pegar el texto de una política</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="393"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="394"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="395"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="396"/>
        <source>Previous Evidence Sentence</source>
        <translation>Frase de prueba anterior</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="397"/>
        <source>Next Evidence Sentence</source>
        <translation>Frase de prueba siguiente</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="398"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="399"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="400"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Tamaño original</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="401"/>
        <source>PolicyLens &amp;Guide</source>
        <translation>&amp;Guía de PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="402"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="403"/>
        <source>&amp;About PolicyLens</source>
        <translation>&amp;Acerca de PolicyLens</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="404"/>
        <source>Why This &amp;Grade…</source>
        <translation>Por &amp;qué esta calificación…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="405"/>
        <source>How the grade was computed, line by line, with the sentences behind it</source>
        <translation>Cómo se calculó la calificación, línea a línea, con las frases que la justifican</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="406"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="407"/>
        <source>Cancel the analysis</source>
        <translation>Cancelar el análisis</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="408"/>
        <source>Analysis progress</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="409"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="410"/>
        <source>Policy text</source>
        <translation>Texto de la política</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="412"/>
        <source>The policy. Sentences that support a finding are underlined; hover one to see which.</source>
        <translation>La política. Las frases que respaldan un hallazgo están subrayadas; pasa el ratón por encima de una para ver cuál.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="414"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="415"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="416"/>
        <source>Policy and summary</source>
        <translation>Política y resumen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="439"/>
        <source>{card}: {point}</source>
        <translation>{card}: {point}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="443"/>
        <source>Red flag: {title}</source>
        <translation>Señal de alerta: {title}</translation>
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
        <translation>Políticas de privacidad ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="488"/>
        <source>Web pages ({patterns})</source>
        <translation>Páginas web ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="489"/>
        <source>PDF documents ({patterns})</source>
        <translation>Documentos PDF ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="490"/>
        <source>Documents ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="493"/>
        <source>Text files ({patterns})</source>
        <translation>Archivos de texto ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="496"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="871"/>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="499"/>
        <source>Open a Privacy Policy</source>
        <translation>Abrir una política de privacidad</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="512"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="550"/>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="520"/>
        <source>Only the first file is opened.</source>
        <translation>Solo se abre el primer archivo.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="528"/>
        <source>PolicyLens does not download pages</source>
        <translation>PolicyLens no descarga páginas</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="530"/>
        <source>PolicyLens does not fetch pages from the web. Save the page in your browser (Ctrl+S) and drop the saved file here, or select the policy&apos;s text and drop or paste it.</source>
        <translation>PolicyLens no descarga páginas de la web. Guarda la página en tu navegador (Ctrl+S) y suelta aquí el archivo guardado, o selecciona el texto de la política y suéltalo o pégalo.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="542"/>
        <source>Nothing to open</source>
        <translation>Nada que abrir</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="543"/>
        <source>There is no file or text to open here.</source>
        <translation>Aquí no hay ningún archivo ni texto que abrir.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="589"/>
        <location filename="../app/policylens/ui/mainwindow.py" line="661"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="665"/>
        <source>Cannot open “{name}”</source>
        <translation>No se puede abrir «{name}»</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="666"/>
        <source>The policy shown before is still open.</source>
        <translation>La política que se mostraba sigue abierta.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="719"/>
        <source>Compare with “{name}”</source>
        <translation>Comparar con «{name}»</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="721"/>
        <source>See what changed from the policy open before</source>
        <translation>Ver qué ha cambiado respecto a la política abierta antes</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="729"/>
        <source>Grade {letter} ({score}/100) — {name}</source>
        <translation>Nota {letter} ({score}/100) — {name}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="734"/>
        <source>{verdict} — {name}</source>
        <translation>{verdict} — {name}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="739"/>
        <source>Analysing “{name}”…</source>
        <translation>Analizando «{name}»…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="848"/>
        <source>Export Summary</source>
        <translation>Exportar resumen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="849"/>
        <source>Exporting is not available in this version of PolicyLens.</source>
        <translation>La exportación no está disponible en esta versión de PolicyLens.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="874"/>
        <source>Compare With Another Version</source>
        <translation>Comparar con otra versión</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/mainwindow.py" line="951"/>
        <source>Dropped text</source>
        <translation>Texto soltado</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../app/policylens/ui/ops.py" line="171"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/ops.py" line="211"/>
        <source>{label}
{done} of {total} sentences</source>
        <translation>{label}
{done} de {total} frases</translation>
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
        <translation>No hay instalado ningún paquete de traducción «{pair}». Abra {where}: en un ordenador conectado a internet, haga clic en «{fetch}» y descargue «{pair}» del índice de paquetes de Argos Translate ({address}); si no, copie su archivo .argosmodel desde otro ordenador y haga clic en «{file}».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="81"/>
        <source>Language Packages</source>
        <translation>Paquetes de idioma</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="93"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="120"/>
        <source>Install From File…</source>
        <translation>Instalar desde un archivo…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="122"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="129"/>
        <source>Online (only when you ask)</source>
        <translation>En línea (solo cuando lo pidas)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="130"/>
        <source>Get the Package List</source>
        <translation>Obtener la lista de paquetes</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="135"/>
        <source>Download and Install</source>
        <translation>Descargar e instalar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="177"/>
        <source>Packages are kept in {folder}</source>
        <translation>Los paquetes se guardan en {folder}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="190"/>
        <source>No language packages installed yet. There are two ways to get one: on a computer connected to the internet, click “{fetch}” below and download one from the Argos Translate package index ({address}); otherwise copy a .argosmodel file from another computer and click “{file}”.</source>
        <translation>Todavía no hay ningún paquete de idioma instalado. Hay dos formas de conseguir uno: en un ordenador conectado a internet, haga clic abajo en «{fetch}» y descargue uno del índice de paquetes de Argos Translate ({address}); si no, copie un archivo .argosmodel desde otro ordenador y haga clic en «{file}».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="202"/>
        <source>Not usable: {names}</source>
        <translation>No utilizables: {names}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="219"/>
        <source>The open policy needs the “{pair}” package.</source>
        <translation>La política abierta necesita el paquete «{pair}».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="240"/>
        <source>Install a Language Package</source>
        <translation>Instalar un paquete de idioma</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="241"/>
        <source>Argos Translate packages (*.argosmodel);;All files (*)</source>
        <translation>Paquetes de Argos Translate (*.argosmodel);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="252"/>
        <source>Installing {name}…</source>
        <translation>Instalando {name}…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="256"/>
        <source>Installed {source} → {target} (version {version}).</source>
        <translation>Instalado: {source} → {target} (versión {version}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="274"/>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="277"/>
        <source>Removed.</source>
        <translation>Quitado.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="289"/>
        <source>Getting the package list…</source>
        <translation>Obteniendo la lista de paquetes…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="296"/>
        <source> (installed)</source>
        <translation> (instalado)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/ui/packages_dialog.py" line="302"/>
        <source>%n package(s) available.</source>
        <translation>
            <numerusform>%n paquete disponible.</numerusform>
            <numerusform>%n paquetes disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="319"/>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="351"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="366"/>
        <source>The package index cannot be reached: this computer seems to be offline. On a computer connected to the internet, download the package from the Argos Translate package index ({address}), copy the .argosmodel file here and click “{file}”.</source>
        <translation>No se puede acceder al índice de paquetes: este ordenador parece estar sin conexión. En un ordenador conectado a internet, descargue el paquete del índice de paquetes de Argos Translate ({address}), copie aquí el archivo .argosmodel y haga clic en «{file}».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/packages_dialog.py" line="372"/>
        <source>The package could not be downloaded ({reason}). You can download it on another computer from the Argos Translate package index ({address}) and install the file here with “{file}”.</source>
        <translation>No se pudo descargar el paquete ({reason}). Puede descargarlo en otro ordenador desde el índice de paquetes de Argos Translate ({address}) e instalar aquí el archivo con «{file}».</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="576"/>
        <source>Open Link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="578"/>
        <source>Open this address in your web browser?</source>
        <translation>¿Abrir esta dirección en tu navegador web?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="579"/>
        <source>PolicyLens itself never connects to the network.</source>
        <translation>PolicyLens, por su parte, nunca se conecta a la red.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/reader.py" line="580"/>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../app/policylens/ui/help.py" line="248"/>
        <source>Go to the next or previous finding</source>
        <translation>Ir al hallazgo siguiente o anterior</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="248"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="249"/>
        <source>Show the sentences of a finding</source>
        <translation>Mostrar las frases de un hallazgo</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="249"/>
        <source>Enter or Space</source>
        <translation>Intro o Espacio</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/help.py" line="253"/>
        <location filename="../app/policylens/ui/help.py" line="254"/>
        <location filename="../app/policylens/ui/help.py" line="260"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="376"/>
        <location filename="../app/policylens/ui/summary_view.py" line="447"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="492"/>
        <source>Click to see why</source>
        <translation>Haz clic para ver por qué</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="505"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="565"/>
        <source>Red flags ({count})</source>
        <translation>Señales de alerta ({count})</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="616"/>
        <source>Use your rights…</source>
        <translation>Ejercer tus derechos…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="618"/>
        <source>Draft a request to the company, or a complaint to an authority (Ctrl+R)</source>
        <translation>Redactar una solicitud a la empresa o una reclamación ante una autoridad (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="619"/>
        <source>Use your rights</source>
        <translation>Ejercer tus derechos</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="621"/>
        <source>Drafts a letter to ask for your data, have it erased, or complain to an authority</source>
        <translation>Redacta una carta para pedir tus datos, que los supriman o reclamar ante una autoridad</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="649"/>
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/summary_view.py" line="651"/>
        <source>Show all {count} red flags</source>
        <translation>Mostrar las {count} señales de alerta</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="152"/>
        <location filename="../app/policylens/ui/translation.py" line="215"/>
        <source>Show &amp;Translation</source>
        <translation>Mostrar tra&amp;ducción</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="157"/>
        <location filename="../app/policylens/ui/translation.py" line="216"/>
        <source>Translate I&amp;nto</source>
        <translation>Tradu&amp;cir a</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="162"/>
        <location filename="../app/policylens/ui/translation.py" line="217"/>
        <source>Analyse Through &amp;English</source>
        <translation>Analizar a través del &amp;inglés</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="165"/>
        <location filename="../app/policylens/ui/translation.py" line="218"/>
        <source>&amp;Language Packages…</source>
        <translation>&amp;Paquetes de idioma…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="168"/>
        <location filename="../app/policylens/ui/translation.py" line="219"/>
        <source>Clear Translation &amp;Cache</source>
        <translation>Vaciar la &amp;caché de traducción</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="184"/>
        <location filename="../app/policylens/ui/translation.py" line="220"/>
        <location filename="../app/policylens/ui/translation.py" line="425"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="256"/>
        <source>Open a policy first: there is nothing to translate.</source>
        <translation>Abra primero una política: no hay nada que traducir.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="268"/>
        <source>Open a policy first.</source>
        <translation>Abra primero una política.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="271"/>
        <source>PolicyLens already has rules for this policy&apos;s language.</source>
        <translation>PolicyLens ya tiene reglas para el idioma de esta política.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="273"/>
        <source>The policy&apos;s language could not be recognised.</source>
        <translation>No se pudo reconocer el idioma de la política.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="276"/>
        <source>Needs the “{pair}” translation package, from {where}</source>
        <translation>Necesita el paquete de traducción «{pair}», que se obtiene en {where}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="300"/>
        <source>Analyse through English</source>
        <translation>Analizar mediante inglés</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="301"/>
        <source>Get the {pair} package…</source>
        <translation>Obtener el paquete «{pair}»…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="315"/>
        <source>No rules for {language}: Tools › Analyse Through English reads it through a translation.</source>
        <translation>No hay reglas para este idioma ({language}): Herramientas › Analizar a través del inglés la lee mediante una traducción.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="343"/>
        <source>Open a policy to translate it.</source>
        <translation>Abre una política para traducirla.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="362"/>
        <source>The policy is already in {language}.</source>
        <translation>La política ya está en {language}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="371"/>
        <source>Translating…</source>
        <translation>Traduciendo…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="372"/>
        <source>Translating the policy…</source>
        <translation>Traduciendo la política…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="389"/>
        <source>Analysing through an English translation…</source>
        <translation>Analizando a través de una traducción al inglés…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="420"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="451"/>
        <source>The translation cache is cleared.</source>
        <translation>Se ha vaciado la caché de traducción.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="471"/>
        <source>Language Packages…</source>
        <translation>Paquetes de idioma…</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="62"/>
        <location filename="../app/policylens/ui/translation.py" line="82"/>
        <source>Side by side with the original</source>
        <translation>Junto al original</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/translation.py" line="67"/>
        <location filename="../app/policylens/ui/translation.py" line="83"/>
        <source>Translation</source>
        <translation>Traducción</translation>
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
        <translation>Suelta aquí una política de privacidad</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="100"/>
        <source>A saved web page (.html, .mhtml, .webarchive), a PDF, a document (.docx, .odt, .rtf) or a text file — or paste the text with Ctrl+V.</source>
        <translation>Una página web guardada (.html, .mhtml, .webarchive), un PDF, un documento (.docx, .odt, .rtf) o un archivo de texto — o pega el texto con Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="104"/>
        <source>Open a Policy…</source>
        <translation>Abrir una política…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="105"/>
        <source>Open a policy file</source>
        <translation>Abrir un archivo de política</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="106"/>
        <source>Try a Sample</source>
        <translation>Probar un ejemplo</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="107"/>
        <source>Open one of the sample policies</source>
        <translation>Abrir una de las políticas de ejemplo</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/welcome.py" line="108"/>
        <source>Everything stays on this computer: nothing you open is sent anywhere.</source>
        <translation>Todo se queda en este ordenador: nada de lo que abres se envía a ningún sitio.</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="96"/>
        <source>What&apos;s collected</source>
        <translation>Datos recopilados</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="97"/>
        <source>Who it&apos;s shared with</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="98"/>
        <source>How long it&apos;s kept</source>
        <translation>Plazo de conservación</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="99"/>
        <source>Your rights</source>
        <translation>Tus derechos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="54"/>
        <source>Collects %n kind(s) of data</source>
        <translation>
            <numerusform>Recopila %n tipo de datos</numerusform>
            <numerusform>Recopila %n tipos de datos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="55"/>
        <source>Does not say what it collects</source>
        <translation>No dice qué recopila</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="56"/>
        <source>Shared with %n kind(s) of recipient</source>
        <translation>
            <numerusform>Se comunican a %n tipo de destinatario</numerusform>
            <numerusform>Se comunican a %n tipos de destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="57"/>
        <source>Does not say who receives your data</source>
        <translation>No dice quién recibe tus datos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="58"/>
        <source>Says it shares your data with no one</source>
        <translation>Dice que no comparte tus datos con nadie</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="59"/>
        <source>Your data is sold</source>
        <translation>Tus datos se venden</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="60"/>
        <source>Kept up to {longest}</source>
        <translation>Se conservan hasta {longest}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="61"/>
        <source>No concrete period</source>
        <translation>Sin plazo de conservación concreto</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="62"/>
        <source>Some data is kept indefinitely</source>
        <translation>Algunos datos se conservan indefinidamente</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="63"/>
        <source>Does not say how long data is kept</source>
        <translation>No dice cuánto tiempo se conservan los datos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="64"/>
        <source>%n right(s) stated</source>
        <translation>
            <numerusform>%n derecho indicado</numerusform>
            <numerusform>%n derechos indicados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="65"/>
        <source>No rights stated</source>
        <translation>No se indica ningún derecho</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="69"/>
        <source>{data}: {duration}</source>
        <translation>{data}: {duration}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="70"/>
        <source>Some data: {duration}</source>
        <translation>Algunos datos: {duration}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="72"/>
        <source>{data}: deleted after {duration} without use</source>
        <translation>{data}: eliminación tras {duration} sin uso</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="73"/>
        <source>Deleted after {duration} without use</source>
        <translation>Eliminación tras {duration} sin uso</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="75"/>
        <source>Deleted {duration} after your account or membership ends</source>
        <translation>Eliminación {duration} después del cierre de la cuenta o la baja</translation>
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
            <numerusform>{label}: {names} y %n más</numerusform>
            <numerusform>{label}: {names} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="79"/>
        <source>Contact: {emails}</source>
        <translation>Contacto: {emails}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="80"/>
        <source>No contact given to exercise your rights</source>
        <translation>No se indica ningún contacto para ejercer tus derechos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="81"/>
        <source>Not shared with anyone else</source>
        <translation>No se comparten con nadie más</translation>
    </message>
</context>
<context>
    <name>collected</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="127"/>
        <source>Identity (name, birth date, ID)</source>
        <translation>Identidad (nombre, fecha de nacimiento, documento)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="128"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="132"/>
        <source>Contact details (e-mail, phone, address)</source>
        <translation>Datos de contacto (correo, teléfono, dirección)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="133"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="135"/>
        <source>Account and login</source>
        <translation>Cuenta e inicio de sesión</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="136"/>
        <source>Payment and purchases</source>
        <translation>Pagos y compras</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="139"/>
        <source>Device and network (IP address, identifiers)</source>
        <translation>Dispositivo y red (dirección IP, identificadores)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="140"/>
        <source>Device and network</source>
        <translation>Dispositivo y red</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="144"/>
        <source>What you do (pages, clicks, logs)</source>
        <translation>Lo que haces (páginas, clics, registros)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="145"/>
        <source>What you do</source>
        <translation>Lo que haces</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="147"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="148"/>
        <source>Messages you send</source>
        <translation>Mensajes que envías</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="149"/>
        <source>Files and content you upload</source>
        <translation>Archivos y contenidos que subes</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="150"/>
        <source>Profile and preferences</source>
        <translation>Perfil y preferencias</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="151"/>
        <source>Cookies and trackers</source>
        <translation>Cookies y rastreadores</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="152"/>
        <source>Feedback and survey answers</source>
        <translation>Opiniones y respuestas a encuestas</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="155"/>
        <source>Sensitive data (health, biometrics, beliefs)</source>
        <translation>Datos sensibles (salud, biometría, creencias)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="156"/>
        <source>Sensitive data</source>
        <translation>Datos sensibles</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="158"/>
        <source>Social networks and contacts</source>
        <translation>Redes sociales y contactos</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <location filename="../app/policylens/diff_render.py" line="24"/>
        <source>Now collected: {label}</source>
        <translation>Ahora se recoge: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="25"/>
        <source>No longer collected: {label}</source>
        <translation>Ya no se recoge: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="26"/>
        <source>Now shared with: {label}</source>
        <translation>Ahora se comparte con: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="27"/>
        <source>No longer shared with: {label}</source>
        <translation>Ya no se comparte con: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="28"/>
        <source>{label}: named {before} → {after}</source>
        <translation>{label}: nombrados {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="29"/>
        <source>Selling your data: “{before}” → “{after}”</source>
        <translation>Venta de sus datos: «{before}» → «{after}»</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="30"/>
        <source>Retention, now says: {label}</source>
        <translation>Conservación, ahora dice: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="31"/>
        <source>Retention, no longer says: {label}</source>
        <translation>Conservación, ya no dice: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="32"/>
        <source>{data}: kept {after} instead of {before}</source>
        <translation>{data}: se conservan {after} en lugar de {before}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="33"/>
        <source>{data}: now kept {after}</source>
        <translation>{data}: ahora se conservan {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="34"/>
        <source>{data}: the period of {before} is gone</source>
        <translation>{data}: el plazo de {before} ha desaparecido</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="35"/>
        <source>New right: {label}</source>
        <translation>Nuevo derecho: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="36"/>
        <source>Right no longer stated: {label}</source>
        <translation>Derecho que ya no se menciona: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="37"/>
        <source>{label} added: {after}</source>
        <translation>{label} añadido: {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="38"/>
        <source>{label} gone: {before}</source>
        <translation>{label} retirado: {before}</translation>
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
        <translation>Nueva señal de alerta: {label} ({severity})</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="41"/>
        <source>Red flag gone: {label}</source>
        <translation>Señal de alerta desaparecida: {label}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="42"/>
        <source>{label}: severity {before} → {after}</source>
        <translation>{label}: gravedad {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="43"/>
        <source>{label} now named: {after}</source>
        <translation>{label} ahora se nombra: {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="44"/>
        <source>{label} no longer named (was {before})</source>
        <translation>{label} ya no se nombra (era {before})</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="46"/>
        <source>Grade {before} → {after}</source>
        <translation>Nota {before} → {after}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="50"/>
        <source>Contact e-mail</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="51"/>
        <source>Contact phone</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="52"/>
        <source>Contact address on the web</source>
        <translation>Dirección de contacto en la web</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="53"/>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="56"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="57"/>
        <source>Controller</source>
        <translation>Responsable del tratamiento</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="60"/>
        <source>Now gives a postal address</source>
        <translation>Ahora da una dirección postal</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="61"/>
        <source>No longer gives a postal address</source>
        <translation>Ya no da una dirección postal</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="64"/>
        <source>These look like policies of different services.</source>
        <translation>Parecen políticas de servicios distintos.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="65"/>
        <source>The two versions are in different languages: what they say is compared, not their text.</source>
        <translation>Las dos versiones están en idiomas distintos: se compara lo que dicen, no su texto.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="68"/>
        <source>The two versions have the same text (only the layout differs).</source>
        <translation>Las dos versiones tienen el mismo texto (solo cambia el formato).</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="69"/>
        <source>The two files are identical: the same text.</source>
        <translation>Los dos archivos son idénticos: el mismo texto.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="72"/>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="73"/>
        <source>No change in what the policy says.</source>
        <translation>No ha cambiado nada de lo que dice la política.</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="74"/>
        <source>Old version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="75"/>
        <source>New version</source>
        <translation>Versión nueva</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="76"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="77"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="78"/>
        <source>(not in this version)</source>
        <translation>(no está en esta versión)</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="79"/>
        <source>Overall</source>
        <translation>En general</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="80"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="81"/>
        <source>updated {date}</source>
        <translation>actualizada el {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="82"/>
        <source>no date given</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="83"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="84"/>
        <source>not graded</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="85"/>
        <source>Text not compared (different languages).</source>
        <translation>Texto no comparado (idiomas distintos).</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="86"/>
        <source>Some data</source>
        <translation>Algunos datos</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="87"/>
        <source>Grade unchanged: {grade}</source>
        <translation>Nota sin cambios: {grade}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="90"/>
        <source>%n sentence(s) added</source>
        <translation>
            <numerusform>%n frase añadida</numerusform>
            <numerusform>%n frases añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="91"/>
        <source>%n sentence(s) removed</source>
        <translation>
            <numerusform>%n frase eliminada</numerusform>
            <numerusform>%n frases eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="92"/>
        <source>%n sentence(s) changed</source>
        <translation>
            <numerusform>%n frase modificada</numerusform>
            <numerusform>%n frases modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="93"/>
        <source>%n sentence(s) moved</source>
        <translation>
            <numerusform>%n frase movida</numerusform>
            <numerusform>%n frases movidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="96"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="97"/>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="98"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../app/policylens/diff_render.py" line="99"/>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/diff_render.py" line="101"/>
        <source>%n unchanged sentence(s)</source>
        <translation>
            <numerusform>%n frase sin cambios</numerusform>
            <numerusform>%n frases sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/comparison.py" line="37"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duration</name>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="85"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="86"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="87"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="88"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="89"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="90"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../app/policylens/core/errors.py" line="35"/>
        <location filename="../app/policylens/ui/dialogs.py" line="41"/>
        <source>Something went wrong: {detail}</source>
        <translation>Algo ha fallado: {detail}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="59"/>
        <source>The file does not exist: {path}</source>
        <translation>El archivo no existe: {path}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="64"/>
        <source>The file cannot be read: {reason}</source>
        <translation>No se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="69"/>
        <source>This is not a regular file: {path}</source>
        <translation>No es un archivo normal: {path}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="74"/>
        <source>This kind of file is not supported ({kind}). PolicyLens reads text, Markdown, HTML, MHTML, PDF, Word (.docx), OpenDocument (.odt), RTF and Safari web archive files.</source>
        <translation>Este tipo de archivo no es compatible ({kind}). PolicyLens lee archivos de texto, Markdown, HTML, MHTML, PDF, Word (.docx), OpenDocument (.odt), RTF y archivos web de Safari.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="85"/>
        <source>This is an old Microsoft Office file ({kind}), which PolicyLens cannot read. Open it in Word or LibreOffice and save it as .docx or PDF, then open that file.</source>
        <translation>Es un archivo antiguo de Microsoft Office ({kind}) que PolicyLens no puede leer. Ábrelo en Word o LibreOffice, guárdalo como .docx o PDF y abre ese archivo.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="96"/>
        <source>This {kind} file was not opened: it would unpack to {size_mb} MB ({reason}), far more than a document needs. It may be damaged or built to harm.</source>
        <translation>Este archivo {kind} no se ha abierto: descomprimido ocuparía {size_mb} MB ({reason}), mucho más de lo que necesita un documento. Puede estar dañado o haber sido creado para causar daño.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="105"/>
        <source>This file holds binary data, not text.</source>
        <translation>Este archivo contiene datos binarios, no texto.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="110"/>
        <source>The document contains no text.</source>
        <translation>El documento no contiene texto.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="117"/>
        <source>There is too little text here to be a privacy policy.</source>
        <translation>Aquí hay demasiado poco texto para ser una política de privacidad.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="124"/>
        <source>This web page contains no text of its own (it is probably filled in by scripts when it is shown). Save it from the browser as a single file (.mhtml) or print it to PDF, then open that.</source>
        <translation>Esta página web no contiene texto propio (probablemente lo añaden scripts al mostrarla). Guárdala desde el navegador como un único archivo (.mhtml) o imprímela en PDF y abre ese archivo.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="133"/>
        <source>This PDF has no text layer (it is probably a scan). Run it through OCR first, or open the web page or text version of the policy.</source>
        <translation>Este PDF no tiene capa de texto (probablemente es un escaneo). Pásalo antes por un programa de OCR o abre la página web o la versión de texto de la política.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="142"/>
        <source>This document is encrypted and cannot be read.</source>
        <translation>Este documento está cifrado y no se puede leer.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="147"/>
        <source>This {kind} file is damaged and cannot be read ({reason}).</source>
        <translation>Este archivo {kind} está dañado y no se puede leer ({reason}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="152"/>
        <source>The file is too large ({size_mb} MB). PolicyLens opens files up to {limit_mb} MB.</source>
        <translation>El archivo es demasiado grande ({size_mb} MB). PolicyLens abre archivos de hasta {limit_mb} MB.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="159"/>
        <source>This does not look like a privacy policy: it says nothing about personal data.</source>
        <translation>Esto no parece una política de privacidad: no dice nada sobre datos personales.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/errors.py" line="167"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="8"/>
        <source>The package index cannot be reached (offline?). Install a package from a file: policylens packs install FILE.argosmodel</source>
        <translation>No se puede acceder al índice de paquetes (¿sin conexión?). Instala un paquete desde un archivo: policylens packs install FILE.argosmodel</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="26"/>
        <source>The package could not be downloaded ({reason}). Install a package from a file: policylens packs install FILE.argosmodel</source>
        <translation>No se pudo descargar el paquete ({reason}). Instala un paquete desde un archivo: policylens packs install FILE.argosmodel</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="35"/>
        <source>The package index has no package from {source} to {target}.</source>
        <translation>El índice de paquetes no tiene ningún paquete de {source} a {target}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="42"/>
        <source>{name} is not a usable translation package: {reason}</source>
        <translation>{name} no es un paquete de traducción utilizable: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="47"/>
        <source>{name} translates from {got_source} to {got_target}, not from {source} to {target}.</source>
        <translation>{name} traduce de {got_source} a {got_target}, no de {source} a {target}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="54"/>
        <source>No translation package from {source} to {target} is installed. Install one from a file (policylens packs install FILE.argosmodel) or, online, download it (policylens packs download {source_code} {target_code}).</source>
        <translation>No hay instalado ningún paquete de traducción de {source} a {target}. Instala uno desde un archivo (policylens packs install FILE.argosmodel) o descárgalo en línea (policylens packs download {source_code} {target_code}).</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="64"/>
        <source>No package from {source} to {target} is installed.</source>
        <translation>No hay instalado ningún paquete de {source} a {target}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="69"/>
        <source>The policy&apos;s language could not be detected; name it with --from CODE.</source>
        <translation>No se pudo detectar el idioma de la política; indícalo con --from CODE.</translation>
    </message>
    <message>
        <location filename="../app/policylens/translate/errors.py" line="78"/>
        <source>The installed package {name} cannot be loaded ({reason}). Remove it and install it again.</source>
        <translation>No se puede cargar el paquete instalado {name} ({reason}). Quítalo y vuelve a instalarlo.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/dialogs.py" line="40"/>
        <source>There is not enough memory to analyse this document.</source>
        <translation>No hay memoria suficiente para analizar este documento.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="44"/>
        <source>Cannot export: {reason}</source>
        <translation>No se puede exportar: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="49"/>
        <source>{path} already exists (use --force to replace it)</source>
        <translation>{path} ya existe (usa --force para reemplazarlo)</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="54"/>
        <source>Cannot tell the format of {path}: use a .pdf, .html, .md or .png name, or --format</source>
        <translation>No se puede saber el formato de {path}: usa un nombre .pdf, .html, .md o .png, o --format</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="61"/>
        <source>The full report is not available as PNG: use PDF, HTML or Markdown</source>
        <translation>El informe completo no está disponible en PNG: usa PDF, HTML o Markdown</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/__init__.py" line="67"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="29"/>
        <source>Privacy policy at a glance</source>
        <translation>La política de privacidad de un vistazo</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="30"/>
        <source>Policy dated {date}</source>
        <translation>Política fechada el {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="31"/>
        <source>Policy date not stated</source>
        <translation>Fecha de la política no indicada</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="32"/>
        <source>Written in {language}</source>
        <translation>Redactada en {language}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="33"/>
        <source>Red flags (%n)</source>
        <translation>
            <numerusform>Señales de alerta (%n)</numerusform>
            <numerusform>Señales de alerta (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="34"/>
        <source>To exercise your rights</source>
        <translation>Para ejercer tus derechos</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="35"/>
        <source>No contact given: the policy names no e-mail, address or form.</source>
        <translation>No se indica ningún contacto: la política no da correo, dirección ni formulario.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="36"/>
        <source>A postal address is given in the policy.</source>
        <translation>La política indica una dirección postal.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="37"/>
        <source>Phone: {phones}</source>
        <translation>Teléfono: {phones}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="38"/>
        <source>Web: {urls}</source>
        <translation>Web: {urls}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="39"/>
        <source>Contact is by a form or obfuscated e-mail (see the policy).</source>
        <translation>El contacto se hace mediante un formulario o un correo ofuscado (consulta la política).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="40"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/export/content.py" line="41"/>
        <source>+%n more red flag(s)</source>
        <translation>
            <numerusform>+%n señal de alerta más</numerusform>
            <numerusform>+%n señales de alerta más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="42"/>
        <source>Shortened to fit one page. {pointer}</source>
        <translation>Abreviado para caber en una página. {pointer}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="43"/>
        <source>Full report: policylens analyze {file}</source>
        <translation>Informe completo: policylens analyze {file}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="44"/>
        <source>See the full report in PolicyLens.</source>
        <translation>Consulta el informe completo en PolicyLens.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="45"/>
        <source>PolicyLens {version}</source>
        <translation>PolicyLens {version}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="46"/>
        <source>Source: {file}</source>
        <translation>Origen: {file}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="47"/>
        <source>SHA-256 {hash}…</source>
        <translation>SHA-256 {hash}…</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="48"/>
        <source>Analysed on {date}</source>
        <translation>Analizada el {date}</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="49"/>
        <source>Automated reading of the policy, not legal advice: every finding points to a sentence of it.</source>
        <translation>Lectura automatizada de la política, no asesoramiento jurídico: cada hallazgo remite a una de sus frases.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="52"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="53"/>
        <source>Full report</source>
        <translation>Informe completo</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="54"/>
        <source>In section “{section}”</source>
        <translation>En la sección «{section}»</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="55"/>
        <source>Found from what the policy does not say.</source>
        <translation>Deducido de lo que la política no dice.</translation>
    </message>
    <message>
        <location filename="../app/policylens/export/content.py" line="56"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="45"/>
        <source>Export Summary</source>
        <translation>Exportar resumen</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="46"/>
        <source>Save the summary as a one-page PDF or image, a web page or Markdown.</source>
        <translation>Guarda el resumen como PDF o imagen de una página, como página web o en Markdown.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="47"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="48"/>
        <source>Paper size:</source>
        <translation>Tamaño del papel:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="49"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="50"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="51"/>
        <source>Full report with the evidence (several pages)</source>
        <translation>Informe completo con las pruebas (varias páginas)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="52"/>
        <source>Choose File…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="53"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="54"/>
        <source>Web page (*.html *.htm)</source>
        <translation>Página web (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="55"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="56"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="57"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="58"/>
        <source>HTML (web page)</source>
        <translation>HTML (página web)</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="59"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="60"/>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="61"/>
        <source>Save Summary As</source>
        <translation>Guardar resumen como</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="62"/>
        <source>{name} - privacy summary</source>
        <translation>{name} - resumen de privacidad</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="63"/>
        <source>{name} - privacy report</source>
        <translation>{name} - informe de privacidad</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="64"/>
        <source>Replace File?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="65"/>
        <source>“{file}” already exists. Do you want to replace it?</source>
        <translation>«{file}» ya existe. ¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="66"/>
        <source>Summary Exported</source>
        <translation>Resumen exportado</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="67"/>
        <source>The summary was saved as “{file}”.</source>
        <translation>El resumen se ha guardado como «{file}».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="68"/>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="69"/>
        <source>No File Manager</source>
        <translation>Sin gestor de archivos</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="70"/>
        <source>No file manager is available to open the folder. The summary is saved here:</source>
        <translation>No hay ningún gestor de archivos disponible para abrir la carpeta. El resumen se ha guardado aquí:</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="73"/>
        <source>Copy Path</source>
        <translation>Copiar la ruta</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="74"/>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="75"/>
        <source>The summary could not be saved as “{file}”.</source>
        <translation>No se pudo guardar el resumen como «{file}».</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/export_dialog.py" line="76"/>
        <source>A PNG image holds the one-page summary only.</source>
        <translation>Una imagen PNG solo contiene el resumen de una página.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="22"/>
        <source>The policy gives no e-mail address, postal address or contact form, so there is no sentence to show: this finding comes from what is missing.</source>
        <translation>La política no da ninguna dirección de correo, dirección postal ni formulario de contacto, así que no hay ninguna frase que mostrar: este hallazgo surge de lo que falta.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="27"/>
        <source>The policy states no concrete retention period anywhere, so there is no sentence to show: this finding comes from what is missing.</source>
        <translation>La política no indica en ningún sitio un plazo de conservación concreto, así que no hay ninguna frase que mostrar: este hallazgo surge de lo que falta.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="32"/>
        <source>The policy does not say whether it sells your data, so there is no sentence to show.</source>
        <translation>La política no dice si se venden tus datos, así que no hay ninguna frase que mostrar.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="36"/>
        <source>The contact details were found in the policy&apos;s text, but not in one sentence.</source>
        <translation>Los datos de contacto aparecen en el texto de la política, pero no en una sola frase.</translation>
    </message>
    <message>
        <location filename="../app/policylens/ui/findings.py" line="40"/>
        <source>This finding comes from something the policy does not say, so there is no sentence to show.</source>
        <translation>Este hallazgo surge de algo que la política no dice, así que no hay ninguna frase que mostrar.</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="192"/>
        <source>Broad exceptions to your consent</source>
        <translation>Amplias excepciones a tu consentimiento</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="201"/>
        <source>Sells your data</source>
        <translation>Vende tus datos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="209"/>
        <source>Take it or leave it</source>
        <translation>Lo tomas o lo dejas</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="218"/>
        <source>Kept forever</source>
        <translation>Conservación indefinida</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="226"/>
        <source>Targeted advertising</source>
        <translation>Publicidad personalizada</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="233"/>
        <source>Third-party tracking</source>
        <translation>Rastreo por terceros</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="242"/>
        <source>Data combined across services</source>
        <translation>Datos combinados entre servicios</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="251"/>
        <source>Commercial use of &apos;anonymised&apos; data</source>
        <translation>Uso comercial de datos «anonimizados»</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="260"/>
        <source>Hardware identifiers collected</source>
        <translation>Se recopilan identificadores de hardware</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="270"/>
        <source>Sent to other countries</source>
        <translation>Se envían a otros países</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="277"/>
        <source>No clear retention period</source>
        <translation>Sin plazo de conservación claro</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="285"/>
        <source>Can change without telling you</source>
        <translation>Puede cambiar sin avisarte</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="295"/>
        <source>Your rights come with exceptions</source>
        <translation>Tus derechos tienen excepciones</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="302"/>
        <source>No way to contact them</source>
        <translation>No hay forma de contactarlos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="310"/>
        <source>Using it counts as consent</source>
        <translation>Usarlo cuenta como consentimiento</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="317"/>
        <source>Open-ended lists</source>
        <translation>Listas abiertas</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="193"/>
        <source>Your data may be collected or disclosed without your consent in wide, loosely defined cases.</source>
        <translation>Tus datos pueden recopilarse o divulgarse sin tu consentimiento en casos amplios y poco definidos.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="202"/>
        <source>Your personal data can be sold, rented or traded to others.</source>
        <translation>Tus datos personales pueden venderse, alquilarse o intercambiarse con otros.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="210"/>
        <source>If you refuse the policy you lose the product or core functions of what you bought.</source>
        <translation>Si rechazas la política, pierdes el producto o funciones básicas de lo que has comprado.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="219"/>
        <source>Some data is kept with no end date, so it never goes away.</source>
        <translation>Algunos datos se conservan sin fecha de fin, así que nunca desaparecen.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="227"/>
        <source>What they learn about you is used to choose the ads and offers you see.</source>
        <translation>Lo que saben de ti se usa para elegir los anuncios y ofertas que ves.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="234"/>
        <source>Other companies track you through this service, often outside this policy&apos;s protection.</source>
        <translation>Otras empresas te rastrean a través de este servicio, a menudo fuera de la protección de esta política.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="243"/>
        <source>Data from one service is combined with other services or sources into a fuller profile.</source>
        <translation>Los datos de un servicio se combinan con otros servicios o fuentes para formar un perfil más completo.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="252"/>
        <source>&apos;Anonymised&apos; or aggregated data about you may be used commercially without limits.</source>
        <translation>Los datos «anonimizados» o agregados sobre ti pueden usarse comercialmente sin límites.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="261"/>
        <source>Permanent device numbers (IMEI, MAC address) let you be recognised for the device&apos;s lifetime.</source>
        <translation>Los números permanentes del dispositivo (IMEI, dirección MAC) permiten reconocerte durante toda la vida útil del aparato.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="271"/>
        <source>Your data may be stored in countries where the law may protect it less.</source>
        <translation>Tus datos pueden almacenarse en países donde la ley quizá los proteja menos.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="278"/>
        <source>No concrete period is given, so you cannot know when your data is deleted.</source>
        <translation>No se indica un plazo concreto, así que no puedes saber cuándo se borran tus datos.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="286"/>
        <source>The policy can change at any time and it is up to you to notice.</source>
        <translation>La política puede cambiar en cualquier momento y te toca a ti darte cuenta.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="296"/>
        <source>Your rights are subject to unspecified exceptions, so they may be refused.</source>
        <translation>Tus derechos están sujetos a excepciones no especificadas, así que pueden denegarse.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="303"/>
        <source>No e-mail, address or form is given to ask questions or exercise your rights.</source>
        <translation>No se indica ningún correo, dirección ni formulario para hacer preguntas o ejercer tus derechos.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="311"/>
        <source>Merely using the service counts as agreeing to the policy.</source>
        <translation>El mero uso del servicio cuenta como aceptación de la política.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="318"/>
        <source>Lists end with &apos;etc.&apos; or &apos;not limited to&apos;, so the real scope is open.</source>
        <translation>Las listas acaban en «etc.» o «sin limitarse a», así que el alcance real queda abierto.</translation>
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
        <translation>Dice que no vende tus datos: +{points}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="96"/>
        <source>States concrete retention periods: +{points}</source>
        <translation>Indica plazos de conservación concretos: +{points}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="97"/>
        <source>Names %n right(s) you can use: +{points}</source>
        <translation>
            <numerusform>Menciona %n derecho que puedes ejercer: +{points}</numerusform>
            <numerusform>Menciona %n derechos que puedes ejercer: +{points}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="98"/>
        <source>Start from 100, then:</source>
        <translation>Se parte de 100 y luego:</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="99"/>
        <source>Two or more essentials are missing or vague: the score is capped at {points}</source>
        <translation>Faltan dos o más datos esenciales o son vagos: la puntuación se limita a {points}</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="106"/>
        <source>This does not look like a privacy policy.</source>
        <translation>Esto no parece una política de privacidad.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="107"/>
        <source>Not enough to grade: the text says too little about your data.</source>
        <translation>No se puede calificar: el texto dice muy poco sobre tus datos.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="108"/>
        <source>Not graded: PolicyLens cannot read this language.</source>
        <translation>Sin calificar: PolicyLens no puede leer este idioma.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="112"/>
        <source>Not a privacy policy</source>
        <translation>No es una política de privacidad</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="113"/>
        <source>Not enough to grade</source>
        <translation>Muy poco para calificar</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="114"/>
        <source>Not graded</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="118"/>
        <source>Who is responsible and how to reach them</source>
        <translation>Quién es el responsable y cómo contactarlo</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="119"/>
        <source>What data is collected</source>
        <translation>Qué datos se recopilan</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="120"/>
        <source>What it is used for</source>
        <translation>Para qué se usan</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="121"/>
        <source>Who receives it</source>
        <translation>Quién los recibe</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="122"/>
        <source>How long it is kept</source>
        <translation>Cuánto tiempo se conservan</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="123"/>
        <source>Your rights and how to use them</source>
        <translation>Tus derechos y cómo ejercerlos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="124"/>
        <source>Your right to complain to an authority</source>
        <translation>Tu derecho a presentar una reclamación ante una autoridad</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="127"/>
        <source>stated</source>
        <translation>indicado</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="128"/>
        <source>vague</source>
        <translation>vago</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="129"/>
        <source>not stated</source>
        <translation>no consta</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="132"/>
        <source>Says it does not sell your data</source>
        <translation>Dice que no vende tus datos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="133"/>
        <source>States concrete retention periods</source>
        <translation>Indica plazos de conservación concretos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policylens/core/wording.py" line="134"/>
        <source>Names %n right(s) you can use</source>
        <translation>
            <numerusform>Menciona %n derecho que puedes ejercer</numerusform>
            <numerusform>Menciona %n derechos que puedes ejercer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="137"/>
        <source>Good practice wins back at most half of what red flags cost</source>
        <translation>Las buenas prácticas recuperan como mucho la mitad de lo que restan las señales de alerta</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="141"/>
        <source>What it tells you</source>
        <translation>Lo que te cuenta</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="142"/>
        <source>What it does: red flags</source>
        <translation>Lo que hace: señales de alerta</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="143"/>
        <source>What it does: good practice</source>
        <translation>Lo que hace: buenas prácticas</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="144"/>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="165"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="166"/>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="167"/>
        <source>Swedish</source>
        <translation>sueco</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="168"/>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="169"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="170"/>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="171"/>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="172"/>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="173"/>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="174"/>
        <source>Danish</source>
        <translation>danés</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="175"/>
        <source>Norwegian</source>
        <translation>noruego</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="176"/>
        <source>Finnish</source>
        <translation>finés</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="177"/>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="178"/>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="179"/>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="180"/>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="181"/>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="182"/>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="183"/>
        <source>Czech</source>
        <translation>checo</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="184"/>
        <source>Slovak</source>
        <translation>eslovaco</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="185"/>
        <source>Hungarian</source>
        <translation>húngaro</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="186"/>
        <source>Romanian</source>
        <translation>rumano</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="187"/>
        <source>Greek</source>
        <translation>griego</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="188"/>
        <source>Bulgarian</source>
        <translation>búlgaro</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="189"/>
        <source>Ukrainian</source>
        <translation>ucraniano</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="190"/>
        <source>Croatian</source>
        <translation>croata</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="191"/>
        <source>Slovenian</source>
        <translation>esloveno</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="192"/>
        <source>Estonian</source>
        <translation>estonio</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="193"/>
        <source>Latvian</source>
        <translation>letón</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="194"/>
        <source>Lithuanian</source>
        <translation>lituano</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="195"/>
        <source>Hebrew</source>
        <translation>hebreo</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="196"/>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="197"/>
        <source>Indonesian</source>
        <translation>indonesio</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="198"/>
        <source>Vietnamese</source>
        <translation>vietnamita</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="199"/>
        <source>Thai</source>
        <translation>tailandés</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="200"/>
        <source>Catalan</source>
        <translation>catalán</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="201"/>
        <source>Persian</source>
        <translation>persa</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="202"/>
        <source>an unknown language</source>
        <translation>un idioma desconocido</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="64"/>
        <source>Access: a copy of your data (Art. 15)</source>
        <translation>Acceso: una copia de tus datos (art. 15)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="65"/>
        <source>Erasure of your data (Art. 17)</source>
        <translation>Supresión de tus datos (art. 17)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="66"/>
        <source>Rectification of wrong data (Art. 16)</source>
        <translation>Rectificación de datos inexactos (art. 16)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="67"/>
        <source>Objection, incl. to direct marketing (Art. 21)</source>
        <translation>Oposición, también a la mercadotecnia directa (art. 21)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="68"/>
        <source>Your data in a machine-readable file (Art. 20)</source>
        <translation>Tus datos en un archivo legible por máquina (art. 20)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="69"/>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation>Retirada del consentimiento (art. 7, apdo. 3)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="70"/>
        <source>Complaint to a supervisory authority (Art. 77)</source>
        <translation>Reclamación ante una autoridad de control (art. 77)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="73"/>
        <source>Right to know (CCPA § 1798.110)</source>
        <translation>Derecho a saber (CCPA § 1798.110)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="74"/>
        <source>Right to delete (CCPA § 1798.105)</source>
        <translation>Derecho a eliminar (CCPA § 1798.105)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="75"/>
        <source>Right to correct (CCPA § 1798.106)</source>
        <translation>Derecho a corregir (CCPA § 1798.106)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="76"/>
        <source>Opt out of sale or sharing (CCPA § 1798.120)</source>
        <translation>Exclusión de la venta o el intercambio (CCPA § 1798.120)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="80"/>
        <source>The policy does not name the company responsible: fill in whom the letter is for.</source>
        <translation>La política no nombra a la empresa responsable: indica a quién va dirigida la carta.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="83"/>
        <source>The policy gives no e-mail address for privacy requests: send this letter by post (save it as PDF and print it), or fill in an address.</source>
        <translation>La política no da ninguna dirección de correo para solicitudes de privacidad: envía la carta por correo postal (guárdala como PDF e imprímela) o indica una dirección.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="88"/>
        <source>The saved page hides the e-mail address (“[email protected]”): look it up on the company&apos;s web page.</source>
        <translation>La página guardada oculta la dirección de correo («[email protected]»): búscala en la web de la empresa.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="92"/>
        <source>No postal address of the company was found in the policy: fill it in to send the letter by post.</source>
        <translation>No se ha encontrado en la política la dirección postal de la empresa: indícala para enviar la carta por correo postal.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="95"/>
        <source>This authority takes complaints by post or through its web form, not by e-mail.</source>
        <translation>Esta autoridad recibe reclamaciones por correo postal o mediante su formulario web, no por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="98"/>
        <source>In Germany, a complaint about a company normally goes to the authority of the state where the company is based: choose the state.</source>
        <translation>En Alemania, una reclamación contra una empresa corresponde normalmente a la autoridad del estado federado donde tiene su sede: elige el estado.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="103"/>
        <source>Letters under California law are written in English.</source>
        <translation>Las cartas según la ley de California se redactan en inglés.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="115"/>
        <source>No supervisory authority is known for the country code “{code}”. Known: {known}.</source>
        <translation>No se conoce ninguna autoridad de control para el código de país «{code}». Conocidos: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="122"/>
        <source>No German state has the code “{code}”. Known: {known}.</source>
        <translation>Ningún estado federado alemán tiene el código «{code}». Conocidos: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="127"/>
        <source>This policy is read under California law (CCPA), which has no “{request}” request. Known: {known}.</source>
        <translation>Esta política se rige por la ley de California (CCPA), que no prevé la solicitud «{request}». Posibles: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="470"/>
        <source>Unknown request “{request}”. Known: {known}.</source>
        <translation>Solicitud desconocida «{request}». Posibles: {known}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/letters/__init__.py" line="476"/>
        <source>A complaint needs a country (known: {known}).</source>
        <translation>Una reclamación necesita un país (conocidos: {known}).</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../app/policylens/render.py" line="24"/>
        <source>Grade</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="25"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="26"/>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="27"/>
        <source>No red flags found.</source>
        <translation>No se han encontrado señales de alerta.</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="28"/>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="29"/>
        <source>Controller</source>
        <translation>Responsable del tratamiento</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="30"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="31"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="32"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="33"/>
        <source>Why this grade</source>
        <translation>Por qué esta nota</translation>
    </message>
    <message>
        <location filename="../app/policylens/render.py" line="35"/>
        <source>not graded</source>
        <translation>sin nota</translation>
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
        <translation>Se indica un plazo de conservación concreto</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="169"/>
        <source>As long as necessary (no period given)</source>
        <translation>El tiempo necesario (sin plazo indicado)</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="170"/>
        <source>While your account is active</source>
        <translation>Mientras tu cuenta esté activa</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="171"/>
        <source>Longer when the law requires</source>
        <translation>Más tiempo si la ley lo exige</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="172"/>
        <source>Indefinitely</source>
        <translation>Indefinidamente</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="173"/>
        <source>Deleted or anonymised when no longer needed</source>
        <translation>Se borran o anonimizan cuando ya no se necesitan</translation>
    </message>
</context>
<context>
    <name>rights</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="175"/>
        <source>See your data</source>
        <translation>Acceder a tus datos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="176"/>
        <source>Correct your data</source>
        <translation>Rectificar tus datos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="177"/>
        <source>Delete your data</source>
        <translation>Suprimir tus datos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="178"/>
        <source>Take your data elsewhere</source>
        <translation>Llevarte tus datos a otro servicio</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="179"/>
        <source>Limit processing</source>
        <translation>Limitar el tratamiento</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="180"/>
        <source>Object to processing</source>
        <translation>Oponerte al tratamiento</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="181"/>
        <source>Withdraw consent</source>
        <translation>Retirar tu consentimiento</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="182"/>
        <source>Complain to a data-protection authority</source>
        <translation>Presentar una reclamación ante una autoridad de protección de datos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="183"/>
        <source>Opt out of marketing</source>
        <translation>Oponerte al marketing directo</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="184"/>
        <source>Opt out of the sale of your data</source>
        <translation>Oponerte a la venta de tus datos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="185"/>
        <source>No penalty for using your rights</source>
        <translation>Sin penalización por ejercer tus derechos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="186"/>
        <source>Refuse or manage cookies</source>
        <translation>Rechazar o gestionar las cookies</translation>
    </message>
</context>
<context>
    <name>sells</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="36"/>
        <source>Sells your data</source>
        <translation>Vende tus datos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="37"/>
        <source>Does not sell your data</source>
        <translation>No vende tus datos</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="38"/>
        <source>Does not say whether it sells your data</source>
        <translation>No dice si vende tus datos</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="30"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="31"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="32"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
</context>
<context>
    <name>shared</name>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="160"/>
        <source>Service providers working for it</source>
        <translation>Proveedores que trabajan para la empresa</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="161"/>
        <source>Companies of the same group</source>
        <translation>Empresas del mismo grupo</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="162"/>
        <source>Advertisers and marketing partners</source>
        <translation>Anunciantes y socios de marketing</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="163"/>
        <source>Authorities and courts, when the law requires</source>
        <translation>Autoridades y tribunales, cuando la ley lo exige</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="164"/>
        <source>A buyer, if the company is sold</source>
        <translation>Un comprador, si la empresa se vende</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="165"/>
        <source>Others, only with your consent</source>
        <translation>Otros, solo con tu consentimiento</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/catalogue.py" line="166"/>
        <source>Other users or the public</source>
        <translation>Otros usuarios o el público</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="23"/>
        <source>Warning</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="24"/>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="25"/>
        <source>Clearly stated</source>
        <translation>Explícito</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="26"/>
        <source>Not stated</source>
        <translation>No consta</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../app/policylens/core/wording.py" line="148"/>
        <source>This policy is in {language}, which PolicyLens cannot analyse directly. Install an offline translation package from {language} to English to analyse it.</source>
        <translation>Esta política está en {language}, que PolicyLens no puede analizar directamente. Instala un paquete de traducción sin conexión de {language} a inglés para analizarla.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="153"/>
        <source>The policy mixes languages: {parts}.</source>
        <translation>La política mezcla idiomas: {parts}.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="154"/>
        <source>The language could not be detected with confidence.</source>
        <translation>No se pudo detectar el idioma con seguridad.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="155"/>
        <source>Analysed through an offline English translation; evidence quotes the original text.</source>
        <translation>Analizada a través de una traducción al inglés sin conexión; las pruebas citan el texto original.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="158"/>
        <source>The text is very short; the summary may be incomplete.</source>
        <translation>El texto es muy corto; el resumen puede estar incompleto.</translation>
    </message>
    <message>
        <location filename="../app/policylens/core/wording.py" line="161"/>
        <source>{language} {percent}%</source>
        <translation>{language} {percent}&#xa0;%</translation>
    </message>
</context>
</TS>
