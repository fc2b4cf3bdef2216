package org.migplan.scan.python;

/** Token types of {@link PythonTokenizer}, close to Python's own {@code tokenize}. */
public enum TokenType {
  NAME,
  NUMBER,
  STRING,
  OPERATOR,
  COMMENT,
  /** The end of a logical line. */
  NEWLINE,
  INDENT,
  DEDENT,
  /** A character Python would reject; kept so that scanning goes on. */
  ERROR
}
