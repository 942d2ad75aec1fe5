// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.casebook.ui.editor.TokenClassifier.Category;
import org.casebook.ui.editor.TokenClassifier.Classified;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/** Colours a scenario in the editor from the tokens of the language's lexer. */
public final class CasebookScanner implements ITokenScanner {

	private final TokenClassifier classifier;
	private final Map<Category, IToken> tokens = new EnumMap<>(Category.class);
	private List<Classified> classified = List.of();
	private int index;
	private int rangeEnd;
	private Classified current;

	/**
	 * Creates the colours of each category.
	 *
	 * @param classifier the lexer, shared with the damager so that a change is lexed once
	 */
	public CasebookScanner(TokenClassifier classifier) {
		this.classifier = classifier;
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		tokens.put(Category.KEYWORD, new Token(new TextAttribute(new Color(display, 0x7f, 0x00, 0x55), null, SWT.BOLD)));
		tokens.put(Category.STRING, new Token(new TextAttribute(new Color(display, 0x2a, 0x00, 0xff))));
		tokens.put(Category.NUMBER, new Token(new TextAttribute(new Color(display, 0x12, 0x5a, 0x9c))));
		tokens.put(Category.ADDRESS, new Token(new TextAttribute(new Color(display, 0x00, 0x70, 0x70), null, SWT.BOLD)));
		tokens.put(Category.COMPETENCY, new Token(new TextAttribute(new Color(display, 0x12, 0x5a, 0x9c), null, SWT.BOLD)));
		tokens.put(Category.COMMENT, new Token(new TextAttribute(new Color(display, 0x3f, 0x7f, 0x5f), null, SWT.ITALIC)));
		tokens.put(Category.IDENTIFIER, new Token(new TextAttribute(new Color(display, 0x1d, 0x1d, 0x1f))));
		tokens.put(Category.DEFAULT, Token.UNDEFINED);
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		classified = classifier.classify(document);
		rangeEnd = offset + length;
		index = 0;
		while (index < classified.size() && classified.get(index).offset() + classified.get(index).length() <= offset) {
			index++;
		}
	}

	@Override
	public IToken nextToken() {
		if (index >= classified.size() || classified.get(index).offset() >= rangeEnd) {
			current = null;
			return Token.EOF;
		}
		current = classified.get(index++);
		return tokens.get(current.category());
	}

	@Override
	public int getTokenOffset() {
		return current.offset();
	}

	@Override
	public int getTokenLength() {
		return current.length();
	}
}
