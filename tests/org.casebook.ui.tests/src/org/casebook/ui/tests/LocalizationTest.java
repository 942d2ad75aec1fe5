// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebook.ui.Messages;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Every text of the workbench exists in French and in English, with the same placeholders; the French one is shown under -nl fr. */
class LocalizationTest {

	private static final Bundle UI = Platform.getBundle("org.casebook.ui");

	private static Properties load(String path) throws IOException {
		URL url = UI.getEntry(path);
		assertThat(url).as(path).isNotNull();
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = Pattern.compile("\\{\\d+\\}").matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	@Test
	void messagesExistInBothLanguagesWithTheSamePlaceholders() throws Exception {
		Properties english = load("org/casebook/ui/messages.properties");
		Properties french = load("org/casebook/ui/messages_fr.properties");
		assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		List<String> fields = new ArrayList<>();
		for (Field field : Messages.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				fields.add(field.getName());
			}
		}
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fields);
		int translated = 0;
		for (String key : english.stringPropertyNames()) {
			assertThat(placeholders(french.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
			translated += french.getProperty(key).equals(english.getProperty(key)) ? 0 : 1;
		}
		assertThat(translated).as("textes traduits").isGreaterThan(english.size() * 9 / 10);
		assertThat(Messages.NewProject_title).as("interface en français sous -nl fr").isEqualTo(french.getProperty("NewProject_title"));
	}

	@Test
	void contributionNamesExistInBothLanguages() throws Exception {
		Properties english = load("plugin.properties");
		Properties french = load("plugin_fr.properties");
		assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		String xml = new String(UI.getEntry("plugin.xml").openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		Matcher keys = Pattern.compile("\"%([A-Za-z]+)\"|>%([A-Za-z]+)<").matcher(xml);
		int used = 0;
		while (keys.find()) {
			String key = keys.group(1) != null ? keys.group(1) : keys.group(2);
			assertThat(english.stringPropertyNames()).as("clé %s de plugin.xml", key).contains(key);
			used++;
		}
		assertThat(used).isGreaterThan(15);
		assertThat(UI.getHeaders().get("Bundle-Name")).isNotNull();
		assertThat(Platform.getExtensionRegistry().getExtensionPoint("org.eclipse.ui.views").getExtensions()).isNotEmpty();
		String diagramName = null;
		for (var e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.views")) {
			if ("org.casebook.ui.views.diagram".equals(e.getAttribute("id"))) {
				diagramName = e.getAttribute("name");
			}
		}
		assertThat(diagramName).isEqualTo(french.getProperty("diagramView"));
	}
}
