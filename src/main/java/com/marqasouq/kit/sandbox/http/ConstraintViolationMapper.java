package com.marqasouq.kit.sandbox.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * The spec's bounds (required fields, minimum, pattern...) checked by bean validation on the
 * generated interfaces: 400 naming the parameter or JSON field as the contract spells it.
 */
@Provider
public final class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(v -> name(v) + ": " + v.getMessage() + describeValue(v))
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
        return ErrorBody.invalid(message);
    }

    private static String describeValue(ConstraintViolation<?> v) {
        Object value = v.getInvalidValue();
        if (value == null || value instanceof java.util.Collection || value instanceof java.util.Map) {
            return "";
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            return "";
        }
        return ", got " + (value instanceof String ? "\"" + value + "\"" : value);
    }

    /** Turns a bean-validation path such as {@code listOrders.limit} or {@code arg0.items[0].quantity} into contract names. */
    static String name(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        Method method = null;
        Class<?> bean = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = findMethod(violation.getRootBeanClass(), node.getName());
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                String param = method == null ? null : parameterName(method, index);
                if (param == null) {
                    bean = bodyType(violation, method, index);
                    continue; // the request body: its fields follow
                }
                out.append(param);
                continue;
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                String json = bean == null ? node.getName() : jsonName(bean, node.getName());
                // The index of a property node locates its bean in the parent list: items[0].quantity.
                if (node.isInIterable() && node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                }
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(json);
                bean = propertyType(bean, node.getName());
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
        }
        if (out.length() == 0) {
            return "body";
        }
        return out.toString();
    }

    /** The body's runtime class: a oneOf body (reduce-stock, D14) is declared as a bare interface. */
    private static Class<?> bodyType(ConstraintViolation<?> violation, Method method, int index) {
        Object[] arguments = violation.getExecutableParameters();
        if (arguments != null && index < arguments.length && arguments[index] != null) {
            return arguments[index].getClass();
        }
        return method == null ? null : method.getParameterTypes()[index];
    }

    private static Method findMethod(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name)) {
                    return m;
                }
            }
            for (Class<?> i : c.getInterfaces()) {
                for (Method m : i.getDeclaredMethods()) {
                    if (m.getName().equals(name)) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    private static String parameterName(Method method, int index) {
        Method declared = annotatedVersion(method);
        for (Annotation a : declared.getParameterAnnotations()[index]) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    /** The JAX-RS annotations sit on the generated interface, not on the resource class. */
    private static Method annotatedVersion(Method method) {
        for (Class<?> i : method.getDeclaringClass().getInterfaces()) {
            try {
                return i.getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException ignored) {
                // not declared by this interface
            }
        }
        return method;
    }

    private static String jsonName(Class<?> bean, String property) {
        try {
            String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
            JsonProperty json = bean.getMethod(getter).getAnnotation(JsonProperty.class);
            if (json != null && !json.value().isEmpty()) {
                return json.value();
            }
        } catch (NoSuchMethodException ignored) {
            // fall back to the Java name
        }
        return property;
    }

    private static Class<?> propertyType(Class<?> bean, String property) {
        if (bean == null) {
            return null;
        }
        try {
            String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
            Method m = bean.getMethod(getter);
            if (java.util.List.class.isAssignableFrom(m.getReturnType())) {
                java.lang.reflect.Type generic = m.getGenericReturnType();
                if (generic instanceof java.lang.reflect.ParameterizedType p
                        && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                    return element;
                }
                if (generic instanceof java.lang.reflect.ParameterizedType p
                        && p.getActualTypeArguments()[0] instanceof java.lang.reflect.AnnotatedType) {
                    return null;
                }
            }
            return m.getReturnType();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
