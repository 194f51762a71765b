package dev.tandem.common.graphql;

import java.lang.reflect.Member;
import java.lang.reflect.Method;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Reads a plain property of an object already fetched (a view record's component), with SmallRye's own
 * transformation of the value. SmallRye's FieldDataFetcher does the same but first fills a request context for the
 * field (with a JSON of its selected fields): on a page of a few thousand fields, a tenth of the service's CPU, for
 * a context no property read looks at.
 */
final class PropertyFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

    private final Field field;
    private final Reference owner;
    private final FieldHelper helper;
    private volatile Member member;

    PropertyFetcher(Field field, Reference owner) {
        this.field = field;
        this.owner = owner;
        this.helper = new FieldHelper(field);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        Member read = member();
        Object value = read instanceof Method method ? method.invoke(source) : ((java.lang.reflect.Field) read).get(source);
        try {
            return (T) helper.transformOrAdaptResponse(value, environment);
        } catch (AbstractDataFetcherException cannotTransform) {
            return (T) value; // as SmallRye's FieldDataFetcher does
        }
    }

    private Member member() {
        Member read = member;
        if (read == null) {
            try {
                Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
                read = field.getMethodName() == null ? type.getField(field.getPropertyName()) : type.getMethod(field.getMethodName());
            } catch (ReflectiveOperationException e) {
                throw new GraphQLException(e);
            }
            member = read;
        }
        return read;
    }
}
