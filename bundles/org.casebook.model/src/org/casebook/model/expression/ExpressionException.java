// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.expression;

/** An expression {@code {{ … }}} that cannot be evaluated, located inside the text that holds it. */
public final class ExpressionException extends Exception {
	private static final long serialVersionUID = 1L;

	/** Code of a syntax error. */
	public static final String SYNTAX = "casebook.expression_syntaxe";
	/** Code of an element that the scenario does not declare. */
	public static final String UNKNOWN_ELEMENT = "casebook.expression_element_inconnu";
	/** Code of a value of the wrong type: a property that the element does not have, arithmetic on a text. */
	public static final String WRONG_TYPE = "casebook.expression_type";
	/** Code of an element reserved to the teacher, named in a text that students see. */
	public static final String RESERVED = "casebook.expression_reservee";

	private final String code;
	private final int offset;
	private final int length;

	/**
	 * @param code one of the codes of this class
	 * @param message the French message
	 * @param offset where the fault starts, from the start of the text
	 * @param length how many characters it spans
	 */
	public ExpressionException(String code, String message, int offset, int length) {
		super(message, null, false, false);
		this.code = code;
		this.offset = offset;
		this.length = Math.max(1, length);
	}

	/** @return the stable code of the fault */
	public String code() {
		return code;
	}

	/** @return where the fault starts, from the start of the text */
	public int offset() {
		return offset;
	}

	/** @return how many characters it spans, at least one */
	public int length() {
		return length;
	}

	/**
	 * @param delta characters before the expression in its text
	 * @return the same fault, located in the whole text
	 */
	ExpressionException shifted(int delta) {
		return new ExpressionException(code, getMessage(), offset + delta, length);
	}
}
