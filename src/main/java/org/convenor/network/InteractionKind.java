package org.convenor.network;

public enum InteractionKind {
    MEETING, CALL, MESSAGE, INTEL_UPDATE, STORY_SHARED, CONVENING, INTRODUCTION
}
