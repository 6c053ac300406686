-- --text phrases at a million incidents (issue 13). documents_tsv holds
-- which documents have a word, not where: for a phrase ("place 2010") it
-- gives every document with both words, and each is read and its
-- positions tested. With a common word and a year that was 3,980
-- documents for 19 matches at 1M incidents, and priced at 3,980 the
-- join read every extraction: ~4,700 buffers, twice a request (the total
-- and the page). pairs holds each two words that follow one
-- another in tsv ('place 2010'), so that a phrase's index lookup gives
-- its matches and few more; tsv @@ the query still decides (postgres's
-- textMatch adds the pairs a query's phrases need, and only those).
--
-- tsv_pairs reads the positions tsv kept, so a phrase tsv matches has its
-- pairs here: a lexeme's positions past the 256th are dropped, past
-- 16,383 all are 16,383, here as there. Two words of more than 1,000
-- bytes together make no pair (a lexeme holds at most 2,047), and
-- textMatch asks for none. A generated column cannot read another, so
-- the words are found again.
CREATE FUNCTION tsv_pairs(t tsvector) RETURNS tsvector
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme)), ''::tsvector)
	FROM (SELECT lexeme, unnest(positions) AS p FROM unnest(t)) a
	JOIN (SELECT lexeme, unnest(positions) AS p FROM unnest(t)) b ON b.p = a.p + 1
	WHERE octet_length(a.lexeme) + octet_length(b.lexeme) <= 1000
$$;
ALTER TABLE documents ADD COLUMN pairs tsvector
	GENERATED ALWAYS AS (tsv_pairs(to_tsvector('english', title || ' ' || left(text, 200000)))) STORED;
CREATE INDEX documents_pairs ON documents USING gin (pairs);
ALTER TABLE documents ALTER COLUMN pairs SET STATISTICS 1000;
ANALYZE documents;
