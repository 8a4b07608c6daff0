package com.marqasouq.kit.sandbox.control;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** The faults injected through POST /_sandbox/faults, oldest first; safe for concurrent requests. */
public final class Faults {
    private final List<InjectedFault> faults = new CopyOnWriteArrayList<>();

    void add(InjectedFault fault) {
        faults.add(fault);
    }

    /** The oldest fault matching the request that still has a call left, with that call taken; null if none. */
    InjectedFault take(String method, String path) {
        if (faults.isEmpty() || FaultPath.exempt(path)) {
            return null;
        }
        for (InjectedFault fault : faults) {
            if (fault.matches(method, path) && fault.take()) {
                if (fault.remaining() == 0) {
                    faults.remove(fault);
                }
                return fault;
            }
        }
        return null;
    }

    /** The faults with calls left. */
    List<InjectedFault> active() {
        return faults.stream().filter(f -> f.remaining() > 0).collect(Collectors.toList());
    }

    public void clear() {
        faults.clear();
    }
}
