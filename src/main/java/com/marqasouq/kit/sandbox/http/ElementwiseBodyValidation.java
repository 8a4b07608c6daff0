package com.marqasouq.kit.sandbox.http;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.ElementType;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.ValidationInterceptor;
import org.glassfish.jersey.server.spi.ValidationInterceptorContext;

/**
 * Checks a request body property by property and list element by list element before Jersey's
 * cascaded validation of the whole body, which is only run when this finds a violation (so that
 * the error names and words it exactly as before).
 *
 * <p>Why: cascaded validation keeps per-request bookkeeping (paths, reachability, processed
 * beans) that grows with every element of a list; a 10,000-item {@code POST /odoo/inventory} or
 * {@code batch-update} spent about 250 ms there, five times what checking each element on its own
 * costs. Both find the same violations: the body's own constraints, then every cascaded value.
 */
public final class ElementwiseBodyValidation implements ValidationInterceptor {

    @Override
    public void onValidate(ValidationInterceptorContext context) throws ValidationException {
        Object[] args = context.getArgs();
        if (isBodyOnly(context.getInvocable().getParameters())
                && args[0] != null
                && isValid(Validators.SHALLOW, Validators.FULL, args[0])) {
            return;
        }
        context.proceed();
    }

    /**
     * A method whose one argument is the body (Jersey marks a parameter without a JAX-RS source
     * annotation as of unknown source): path and query parameters need the full check.
     */
    static boolean isBodyOnly(List<Parameter> parameters) {
        if (parameters.size() != 1) {
            return false;
        }
        Parameter only = parameters.get(0);
        return only.getSource() == Parameter.Source.UNKNOWN || only.getSource() == Parameter.Source.ENTITY;
    }

    /**
     * Whether {@code body} has no violation: its own constraints by {@code shallow} (which does not
     * cascade), then each value it cascades into (list elements, map values, nested beans) by {@code full}.
     */
    static boolean isValid(Validator shallow, Validator full, Object body) {
        if (!shallow.validate(body).isEmpty()) {
            return false;
        }
        BeanDescriptor bean = full.getConstraintsForClass(body.getClass());
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            if (isCascaded(property) && !cascadedValuesAreValid(full, body, property)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCascaded(PropertyDescriptor property) {
        return property.isCascaded()
                || property.getConstrainedContainerElementTypes().stream().anyMatch(t -> t.isCascaded());
    }

    private static boolean cascadedValuesAreValid(Validator validator, Object body, PropertyDescriptor property) {
        Method getter = GETTERS.get(body.getClass()).get(property.getPropertyName());
        if (getter == null) {
            return false; // a property read another way: leave it to the full check
        }
        Object value;
        try {
            value = getter.invoke(body);
        } catch (ReflectiveOperationException e) {
            return false;
        }
        if (value == null) {
            return true; // nothing to cascade into, as in the full check
        }
        Collection<?> values = value instanceof Map<?, ?> map
                ? map.values()
                : value instanceof Collection<?> elements ? elements : Collections.singletonList(value);
        for (Object element : values) {
            // A null element may break a constraint on the list's elements: the full check words it.
            if (element == null || !validator.validate(element).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The public no-argument getters of a body class, by bean property name ({@code getItems} is {@code items}). */
    private static final ClassValue<Map<String, Method>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> getters = new HashMap<>();
            for (Method method : type.getMethods()) {
                String name = method.getName();
                if (method.getParameterCount() == 0 && name.startsWith("get") && name.length() > 3) {
                    getters.put(Character.toLowerCase(name.charAt(3)) + name.substring(4), method);
                }
            }
            return getters;
        }
    };

    /** Built on first use, so that the start does not pay for a second validator factory. */
    private static final class Validators {
        private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
        static final Validator FULL = FACTORY.getValidator();
        static final Validator SHALLOW =
                FACTORY.usingContext().traversableResolver(new NoCascade()).getValidator();
    }

    /** Checks every property of the bean validated, and cascades nowhere. */
    static final class NoCascade implements TraversableResolver {
        @Override
        public boolean isReachable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean, ElementType elementType) {
            return false;
        }
    }
}
