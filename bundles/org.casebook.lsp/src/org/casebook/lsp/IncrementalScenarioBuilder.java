// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import java.io.IOException;
import java.io.InputStream;

import org.casebook.dsl.load.ScenarioText;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * The build of the language server, which keeps the resources it has read instead of reading them again: a changed
 * file is parsed again only around the change (Xtext's partial parser, the part of the text between the first and
 * the last character that differ), and a file that only refers to a changed one is linked again without being parsed.
 * Whatever this cannot do safely — a file that was unreadable, a text with a NUL byte, a deleted file, a failure of the
 * partial parser — falls back on Xtext's way: the resource is unloaded and read again whole.
 */
public class IncrementalScenarioBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Override
	protected void unloadResource(URI uri) {
		if (getRequest().getDeletedFiles().contains(uri)) {
			super.unloadResource(uri);
			return;
		}
		Resource loaded = getRequest().getResourceSet().getResource(uri, false);
		if (loaded instanceof XtextResource resource && keep(resource, getRequest().getDirtyFiles().contains(uri))) {
			return;
		}
		super.unloadResource(uri);
	}

	/**
	 * @param resource a loaded resource that the build would unload
	 * @param dirty whether its text changed (else another file it refers to did)
	 * @return whether it was brought up to date in place
	 */
	private boolean keep(XtextResource resource, boolean dirty) {
		if (!resource.isLoaded() || resource.getParseResult() == null || resource.getParseResult().getRootNode() == null
				|| resource.getErrors().stream().anyMatch(CheckedResource.Unreadable.class::isInstance)) {
			return false;
		}
		try {
			if (!dirty) {
				resource.relink();
				return true;
			}
			String text = currentText(resource);
			if (text == null) {
				return false;
			}
			String old = resource.getParseResult().getRootNode().getText();
			int start = 0;
			int shorter = Math.min(old.length(), text.length());
			while (start < shorter && old.charAt(start) == text.charAt(start)) {
				start++;
			}
			int oldEnd = old.length();
			int newEnd = text.length();
			while (oldEnd > start && newEnd > start && old.charAt(oldEnd - 1) == text.charAt(newEnd - 1)) {
				oldEnd--;
				newEnd--;
			}
			if (start == oldEnd && start == newEnd) {
				resource.relink();
			} else {
				resource.update(start, oldEnd - start, text.substring(start, newEnd));
			}
			resource.getCache().clear(resource);
			return resource.getParseResult() != null && text.equals(resource.getParseResult().getRootNode().getText());
		} catch (RuntimeException | StackOverflowError e) {
			return false;
		}
	}

	/** @return the text the editor holds for the resource (or the saved one), or {@code null} when it is no scenario text */
	private String currentText(XtextResource resource) {
		try (InputStream in = getRequest().getResourceSet().getURIConverter().createInputStream(resource.getURI())) {
			if (in instanceof LazyStringInputStream open) {
				String text = open.getString();
				return text.indexOf('\0') >= 0 ? null : text;
			}
			byte[] bytes = in.readAllBytes();
			if (CheckedResource.check(bytes) != null) {
				return null;
			}
			return ScenarioText.decode(bytes);
		} catch (IOException e) {
			return null;
		}
	}
}
