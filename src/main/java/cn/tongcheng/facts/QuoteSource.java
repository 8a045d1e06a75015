package cn.tongcheng.facts;

import java.util.Optional;

/**
 * The source documents, as fact validation sees them: does a source name one of them, and does a quote
 * stand in it word for word. Implemented by {@code cn.tongcheng.sources.SourceLibrary}.
 */
public interface QuoteSource {
    enum Verdict { FOUND, NO_SUCH_DOCUMENT, NOT_FOUND }

    /** Whether the quote stands in the document the source names (by id or title). */
    Verdict verify(String source, String quote);

    /** The id of a document in which the quote does stand, if any (for "it stands in A08"). */
    Optional<String> foundIn(String quote);

    /** The documents' ids, for messages. */
    java.util.List<String> ids();
}
