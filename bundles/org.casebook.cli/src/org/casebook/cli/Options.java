// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.casebook.model.text.Printable;
import org.casebook.referential.Referential;
import org.casebook.referential.conformity.Reading;

/** Parses the option values shared by several commands, with French messages. */
final class Options {

	private Options() {
	}

	static Referential.Option option(String value, PrintWriter err) throws Scenarios.Stop {
		String v = value.toLowerCase(Locale.ROOT);
		if (v.equals("sisr") || v.equals("slam")) {
			return Referential.Option.parse(v);
		}
		return refuse("option « " + Printable.of(value) + " » inconnue : sisr ou slam attendu", err);
	}

	static Reading reading(String value, PrintWriter err) throws Scenarios.Stop {
		String v = value.toLowerCase(Locale.ROOT);
		if (v.equals("stricte") || v.equals("souple")) {
			return Reading.parse(v);
		}
		return refuse("lecture « " + Printable.of(value) + " » inconnue : stricte ou souple attendu", err);
	}

	static String format(String value, List<String> allowed, PrintWriter err) throws Scenarios.Stop {
		String v = value.toLowerCase(Locale.ROOT);
		if (allowed.contains(v)) {
			return v;
		}
		return refuse("format « " + Printable.of(value) + " » inconnu : " + String.join(", ", allowed) + " attendu", err);
	}

	static org.casebook.referential.conformity.StateView state(String value, PrintWriter err) throws Scenarios.Stop {
		org.casebook.referential.conformity.StateView view = org.casebook.referential.conformity.StateView.of(value.toLowerCase(Locale.ROOT));
		if (view != null) {
			return view;
		}
		return refuse("état « " + Printable.of(value) + " » inconnu : existant ou cible attendu", err);
	}

	static boolean teacherEdition(String value, PrintWriter err) throws Scenarios.Stop {
		String v = value.toLowerCase(Locale.ROOT);
		if (v.equals("enseignant") || v.equals("eleve") || v.equals("élève")) {
			return v.equals("enseignant");
		}
		return refuse("édition « " + Printable.of(value) + " » inconnue : eleve ou enseignant attendu", err);
	}

	private static <T> T refuse(String message, PrintWriter err) throws Scenarios.Stop {
		err.println("casebook : " + message);
		err.flush();
		throw new Scenarios.Stop(CasebookCommand.USAGE);
	}
}
