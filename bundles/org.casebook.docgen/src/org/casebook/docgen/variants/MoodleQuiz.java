// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.variants;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebook.model.Mission;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.Realisation;
import org.casebook.model.edition.StudentProjection;
import org.casebook.model.expression.ExpressionException;
import org.casebook.model.expression.Expressions;
import org.casebook.model.expression.ModelScope;
import org.casebook.model.expression.Value;

/**
 * Moodle XML export of the computed réalisations, one category per student: each réalisation visible to students whose
 * corrigé holds expressions becomes a « cloze » question (réponses intégrées): its question as students read it,
 * then one field per expression of the corrigé that names a value ({@code vlan(V50).hôtes}; not a calculation), numerical for a number and short answer for an address or a text,
 * with that student's value. The corrigé's own wording is never exported.
 */
public final class MoodleQuiz {

	/** The file written at the top of the output folder. */
	public static final String FILE = "moodle.xml";

	private static final Pattern CALL = Pattern.compile("\\s*(\\p{L}+)\\s*\\(\\s*([^)\\s]+)\\s*\\)\\s*(?:\\.\\s*(\\p{L}+))?\\s*");

	/**
	 * One student's questions.
	 *
	 * @param category the category, {@code Casebook/Hexalog/01-marie-dupont}
	 * @param models the student's variant
	 */
	public record Student(String category, List<Model> models) {
	}

	private MoodleQuiz() {
	}

	/**
	 * @param students the students
	 * @param out where the Moodle XML goes (UTF-8)
	 * @return how many questions were written
	 * @throws IOException when it cannot be written
	 */
	public static int write(List<Student> students, OutputStream out) throws IOException {
		StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
		int count = 0;
		for (Student student : students) {
			b.append("  <question type=\"category\">\n    <category><text>$course$/").append(xml(student.category()))
					.append("</text></category>\n  </question>\n");
			ModelScope scope = new ModelScope(student.models());
			for (Realisation r : AnswerKey.realisations(student.models())) {
				if (StudentProjection.markedTeacherOnly(r) || !Expressions.contains(r.getAnswer())) {
					continue;
				}
				StringBuilder text = new StringBuilder("<p>").append(xml(Expressions.render(r.getQuestion(), scope))).append("</p>");
				int fields = 0;
				for (Expressions.Occurrence o : Expressions.find(r.getAnswer())) {
					Value v;
					try {
						v = Expressions.evaluate(o, scope);
					} catch (ExpressionException e) {
						continue;
					}
					if (scope.named(r.getAnswer().substring(o.start(), o.end())).stream().anyMatch(scope::reserved)) {
						continue;
					}
					String label = label(o.source(), scope);
					if (label == null) {
						continue; // an intermediate calculation (2^{{ 32 - … }}) is not an answer to ask for
					}
					text.append("<p>").append(xml(label)).append(" : ").append(field(v)).append("</p>");
					fields++;
				}
				if (fields == 0) {
					continue;
				}
				String name = (r.eContainer() instanceof Mission m ? m.getName() + "." : "") + r.getName()
						+ (r.getLabel() != null ? " – " + r.getLabel() : "");
				b.append("  <question type=\"cloze\">\n    <name><text>").append(xml(name)).append("</text></name>\n")
						.append("    <questiontext format=\"html\"><text><![CDATA[").append(text.toString().replace("]]>", "]]]]><![CDATA[>"))
						.append("]]></text></questiontext>\n    <generalfeedback format=\"html\"><text></text></generalfeedback>\n")
						.append("    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n  </question>\n");
				count++;
			}
		}
		b.append("</quiz>\n");
		out.write(b.toString().getBytes(StandardCharsets.UTF_8));
		return count;
	}

	/** A field of a cloze question: the value, with the characters that the cloze syntax reserves escaped. */
	private static String field(Value v) {
		if (v.type() == Value.Type.NOMBRE) {
			return "{1:NUMERICAL:=" + v.number() + ":0}";
		}
		return "{1:SHORTANSWER:=" + v.plain().replaceAll("([}#~/\"\\\\])", "\\\\$1") + "}";
	}

	/** What an expression asks for, in words a student can read: « hôtes – vlan Terminaux de quai ». */
	private static String label(String source, ModelScope scope) {
		Matcher m = CALL.matcher(source);
		if (!m.matches()) {
			return null;
		}
		if (m.group(1).equalsIgnoreCase("nombre")) {
			return "Nombre de " + m.group(2);
		}
		NamedElement e = scope.element(m.group(1), m.group(2));
		String what = e == null ? m.group(2) : e.getLabel() != null ? e.getLabel() : e.getName();
		return (m.group(3) == null ? "Valeur" : capitalised(m.group(3))) + " (" + m.group(1) + " " + what + ")";
	}

	private static String capitalised(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String xml(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
