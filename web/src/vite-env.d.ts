// Vite's client types: lets the editor import CSS as a string (`./code.css?inline`).
/// <reference types="vite/client" />
