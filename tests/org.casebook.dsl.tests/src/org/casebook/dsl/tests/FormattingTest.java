// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The formatter puts one property per line, indents blocks with tabs and separates declarations. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class FormattingTest {

	@Inject
	private FormatterTestHelper formatter;

	/** A scenario written on one line is laid out one property per line. */
	@Test
	void laysOutOnePropertyPerLine() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("paquetage p organisation   O \"Org\" { effectif 3 référentiels \"A\" ,\"B\" site S { ville \"Lyon\" } }"
					+ " système_information SI pour O { serveur S1 { os linux \"Debian\" \"12\" libre adresse 10.0.0.1 } }");
			request.setExpectation("""
					paquetage p

					organisation O "Org" {
						effectif 3
						référentiels "A", "B"
						site S {
							ville "Lyon"
						}
					}

					système_information SI pour O {
						serveur S1 {
							os linux "Debian" "12" libre
							adresse 10.0.0.1
						}
					}""");
		});
	}

	/** Flags and lists of references keep their single spaces; a formatted text is left as it is. */
	@Test
	void keepsFormattedTextUnchanged() {
		formatter.assertFormatted(request -> {
			String text = """
					système_information SI {
						service Web {
							type web
							sur A, B
							authentifié
							chiffré
						}
						serveur A {
							os linux "Debian"
						}
						serveur B {
							os linux "Debian"
						}
					}""";
			request.setToBeFormatted(text);
			request.setExpectation(text);
		});
	}
}
