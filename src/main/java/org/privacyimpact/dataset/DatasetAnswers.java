package org.privacyimpact.dataset;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.springframework.stereotype.Component;

/**
 * Answers that depend only on the dataset's content and a question, such as the overview's cards, map and top
 * chart, kept until the content changes: a page that every visitor opens first computes them once per change
 * rather than once per visit (issue 16). An answer is named by the dataset's stamp read in the same read-only
 * transaction as the answer itself, so on the same server (the replica when there is one): it is never kept
 * under a stamp newer than its data, and a change is seen by the first request after it commits. Answers must be
 * immutable; at most {@link #KEPT} are kept, the least recently used going first.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DatasetAnswers {

    static final int KEPT = 256;

    private final JooqDatasetStamp stamp;
    private final Cache<Key, Object> answers = Caffeine.newBuilder().maximumSize(KEPT).build();

    /**
     * The answer to a question about the current dataset, computed by {@code answer} unless it was for this
     * content already.
     *
     * @param question names what is asked, unique among callers ("overview.rates")
     * @param parameters what the answer depends on besides the dataset, compared with equals (a record)
     */
    @ReadOnlyTransactional
    public <T> T get(String question, Object parameters, Supplier<T> answer) {
        @SuppressWarnings("unchecked")
        T kept = (T) answers.get(new Key(stamp.read(), question, parameters), key -> answer.get());
        return kept;
    }

    private record Key(String stamp, String question, Object parameters) {
    }
}
