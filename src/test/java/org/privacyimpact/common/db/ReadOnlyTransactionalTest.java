package org.privacyimpact.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;

/** What Spring reads from the annotation: a read-only transaction on the manager it names. */
class ReadOnlyTransactionalTest {

    @ReadOnlyTransactional
    static class Reader {

        public void read() {
        }
    }

    @Test
    void aReadIsReadOnlyAndNamesTheTransactionManager() throws NoSuchMethodException {
        TransactionAttribute attribute = new AnnotationTransactionAttributeSource()
                .getTransactionAttribute(Reader.class.getMethod("read"), Reader.class);

        assertThat(attribute).isNotNull();
        assertThat(attribute.isReadOnly()).isTrue();
        assertThat(attribute.getQualifier()).isEqualTo("transactionManager");
    }
}
