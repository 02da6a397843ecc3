/* Generated from libdayone/default-policy.yaml by
 * scripts/default_policy_tree_gen.c. Do not edit: regenerate with
 *   cmake --build --preset dev --target default-policy-tree
 * (ctest packaging.default_policy_tree_fresh says when it is stale; a
 * stale tree is never used: see default_policy_tree.h). */
#include <stddef.h>
#include "default_policy_tree.h"

static dy_ynode n0 = {DY_Y_SCALAR, {8, 1}, (char *)"version", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1 = {DY_Y_SCALAR, {8, 10}, (char *)"1", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n2 = {DY_Y_SCALAR, {13, 1}, (char *)"flags", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n3 = {DY_Y_SCALAR, {14, 3}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n4 = {DY_Y_SCALAR, {15, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n5 = {DY_Y_SCALAR, {15, 10}, (char *)"LAUNCH_MODE", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n6 = {DY_Y_SCALAR, {16, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n7 = {DY_Y_SCALAR, {16, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n8 = {DY_Y_SCALAR, {17, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n9 = {DY_Y_SCALAR, {17, 18}, (char *)"Production launch posture: no demo behaviour, strict billing.", 61, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k10[] = {&n4, &n6, &n8};
static dy_ynode *v10[] = {&n5, &n7, &n9};
static dy_ynode n10 = {DY_Y_MAP, {15, 5}, NULL, 0, 0, k10, v10, 3, 3, 0x400800ull};
static dy_ynode n11 = {DY_Y_SCALAR, {18, 3}, (char *)"billing", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n12 = {DY_Y_SCALAR, {19, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n13 = {DY_Y_SCALAR, {19, 10}, (char *)"BILLING_ENABLED", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n14 = {DY_Y_SCALAR, {20, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n15 = {DY_Y_SCALAR, {20, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n16 = {DY_Y_SCALAR, {21, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n17 = {DY_Y_SCALAR, {21, 18}, (char *)"Stripe billing is on: Stripe secrets become required.", 53, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k18[] = {&n12, &n14, &n16};
static dy_ynode *v18[] = {&n13, &n15, &n17};
static dy_ynode n18 = {DY_Y_MAP, {19, 5}, NULL, 0, 0, k18, v18, 3, 3, 0x400800ull};
static dy_ynode n19 = {DY_Y_SCALAR, {22, 3}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n20 = {DY_Y_SCALAR, {23, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n21 = {DY_Y_SCALAR, {23, 10}, (char *)"ZERO_TRUST_ENABLED", 18, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n22 = {DY_Y_SCALAR, {24, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n23 = {DY_Y_SCALAR, {24, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n24 = {DY_Y_SCALAR, {25, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n25 = {DY_Y_SCALAR, {25, 18}, (char *)"Zero Trust mode: its API key becomes required.", 46, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k26[] = {&n20, &n22, &n24};
static dy_ynode *v26[] = {&n21, &n23, &n25};
static dy_ynode n26 = {DY_Y_MAP, {23, 5}, NULL, 0, 0, k26, v26, 3, 3, 0x400800ull};
static dy_ynode n27 = {DY_Y_SCALAR, {26, 3}, (char *)"sso", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n28 = {DY_Y_SCALAR, {27, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n29 = {DY_Y_SCALAR, {27, 10}, (char *)"SSO_ENABLED", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n30 = {DY_Y_SCALAR, {28, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n31 = {DY_Y_SCALAR, {28, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n32 = {DY_Y_SCALAR, {29, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n33 = {DY_Y_SCALAR, {29, 18}, (char *)"Single sign-on: the secrets of SSO_PROTOCOL (oidc or saml) become requir"
    "ed.", 75, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k34[] = {&n28, &n30, &n32};
static dy_ynode *v34[] = {&n29, &n31, &n33};
static dy_ynode n34 = {DY_Y_MAP, {27, 5}, NULL, 0, 0, k34, v34, 3, 3, 0x400800ull};
static dy_ynode n35 = {DY_Y_SCALAR, {30, 3}, (char *)"security_headers", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n36 = {DY_Y_SCALAR, {31, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n37 = {DY_Y_SCALAR, {31, 10}, (char *)"SECURITY_HEADERS_ENABLED", 24, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n38 = {DY_Y_SCALAR, {32, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n39 = {DY_Y_SCALAR, {32, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n40 = {DY_Y_SCALAR, {33, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n41 = {DY_Y_SCALAR, {33, 18}, (char *)"HTTP security headers (HSTS, CSP, ...).", 39, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k42[] = {&n36, &n38, &n40};
static dy_ynode *v42[] = {&n37, &n39, &n41};
static dy_ynode n42 = {DY_Y_MAP, {31, 5}, NULL, 0, 0, k42, v42, 3, 3, 0x400800ull};
static dy_ynode n43 = {DY_Y_SCALAR, {34, 3}, (char *)"demo_seed", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n44 = {DY_Y_SCALAR, {35, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n45 = {DY_Y_SCALAR, {35, 10}, (char *)"DEMO_SEED_ENABLED", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n46 = {DY_Y_SCALAR, {36, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n47 = {DY_Y_SCALAR, {36, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n48 = {DY_Y_SCALAR, {37, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n49 = {DY_Y_SCALAR, {37, 18}, (char *)"Seeds demo tenants at start-up. Never in launch mode.", 53, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k50[] = {&n44, &n46, &n48};
static dy_ynode *v50[] = {&n45, &n47, &n49};
static dy_ynode n50 = {DY_Y_MAP, {35, 5}, NULL, 0, 0, k50, v50, 3, 3, 0x400800ull};
static dy_ynode n51 = {DY_Y_SCALAR, {38, 3}, (char *)"demo_data", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n52 = {DY_Y_SCALAR, {39, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n53 = {DY_Y_SCALAR, {39, 10}, (char *)"DEMO_DATA_ENABLED", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n54 = {DY_Y_SCALAR, {40, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n55 = {DY_Y_SCALAR, {40, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n56 = {DY_Y_SCALAR, {41, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n57 = {DY_Y_SCALAR, {41, 18}, (char *)"Includes demo data in responses. Never in launch mode.", 54, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k58[] = {&n52, &n54, &n56};
static dy_ynode *v58[] = {&n53, &n55, &n57};
static dy_ynode n58 = {DY_Y_MAP, {39, 5}, NULL, 0, 0, k58, v58, 3, 3, 0x400800ull};
static dy_ynode *k59[] = {&n3, &n11, &n19, &n27, &n35, &n43, &n51};
static dy_ynode *v59[] = {&n10, &n18, &n26, &n34, &n42, &n50, &n58};
static dy_ynode n59 = {DY_Y_MAP, {14, 3}, NULL, 0, 0, k59, v59, 7, 7, 0x1040141000002ull};
static dy_ynode n60 = {DY_Y_SCALAR, {51, 1}, (char *)"environment", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n61 = {DY_Y_SCALAR, {52, 3}, (char *)"env", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n62 = {DY_Y_SCALAR, {52, 8}, (char *)"ENVIRONMENT", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n63 = {DY_Y_SCALAR, {53, 3}, (char *)"values", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n64 = {DY_Y_SCALAR, {53, 12}, (char *)"production", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n65 = {DY_Y_SCALAR, {53, 24}, (char *)"staging", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n66 = {DY_Y_SCALAR, {53, 33}, (char *)"development", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n67 = {DY_Y_SCALAR, {53, 46}, (char *)"test", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n68 = {DY_Y_SCALAR, {53, 52}, (char *)"preview", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v69[] = {&n64, &n65, &n66, &n67, &n68};
static dy_ynode n69 = {DY_Y_SEQ, {53, 11}, NULL, 0, 0, NULL, v69, 5, 5, 0ull};
static dy_ynode n70 = {DY_Y_SCALAR, {54, 3}, (char *)"production", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n71 = {DY_Y_SCALAR, {54, 15}, (char *)"production", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n72 = {DY_Y_SCALAR, {55, 3}, (char *)"production_like", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n73 = {DY_Y_SCALAR, {55, 21}, (char *)"prod", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n74 = {DY_Y_SCALAR, {55, 27}, (char *)"prd", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n75 = {DY_Y_SCALAR, {55, 32}, (char *)"live", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n76 = {DY_Y_SCALAR, {55, 38}, (char *)"prod-*", 6, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v77[] = {&n73, &n74, &n75, &n76};
static dy_ynode n77 = {DY_Y_SEQ, {55, 20}, NULL, 0, 0, NULL, v77, 4, 4, 0ull};
static dy_ynode n78 = {DY_Y_SCALAR, {56, 3}, (char *)"launch_flag", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n79 = {DY_Y_SCALAR, {56, 16}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k80[] = {&n61, &n63, &n70, &n72, &n78};
static dy_ynode *v80[] = {&n62, &n69, &n71, &n77, &n79};
static dy_ynode n80 = {DY_Y_MAP, {52, 3}, NULL, 0, 0, k80, v80, 5, 5, 0x100001440000ull};
static dy_ynode n81 = {DY_Y_SCALAR, {59, 1}, (char *)"posture", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n82 = {DY_Y_SCALAR, {60, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n83 = {DY_Y_SCALAR, {60, 9}, (char *)"production-requires-launch-mode", 31, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n84 = {DY_Y_SCALAR, {61, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n85 = {DY_Y_SCALAR, {61, 10}, (char *)"LAUNCH_MODE", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n86 = {DY_Y_SCALAR, {62, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n87 = {DY_Y_SCALAR, {62, 12}, (char *)"var", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n88 = {DY_Y_SCALAR, {62, 17}, (char *)"ENVIRONMENT", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n89 = {DY_Y_SCALAR, {62, 30}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n90 = {DY_Y_SCALAR, {62, 38}, (char *)"production", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k91[] = {&n87, &n89};
static dy_ynode *v91[] = {&n88, &n90};
static dy_ynode n91 = {DY_Y_MAP, {62, 11}, NULL, 0, 0, k91, v91, 2, 2, 0x200000100ull};
static dy_ynode n92 = {DY_Y_SCALAR, {63, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n93 = {DY_Y_SCALAR, {63, 9}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n94 = {DY_Y_SCALAR, {64, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n95 = {DY_Y_SCALAR, {64, 11}, (char *)"Set LAUNCH_MODE=true in production.", 35, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k96[] = {&n82, &n84, &n86, &n92, &n94};
static dy_ynode *v96[] = {&n83, &n85, &n91, &n93, &n95};
static dy_ynode n96 = {DY_Y_MAP, {60, 5}, NULL, 0, 0, k96, v96, 5, 5, 0x10001400100040ull};
static dy_ynode n97 = {DY_Y_SCALAR, {66, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n98 = {DY_Y_SCALAR, {66, 9}, (char *)"launch-requires-production", 26, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n99 = {DY_Y_SCALAR, {67, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n100 = {DY_Y_SCALAR, {67, 10}, (char *)"ENVIRONMENT", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n101 = {DY_Y_SCALAR, {68, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n102 = {DY_Y_SCALAR, {68, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n103 = {DY_Y_SCALAR, {68, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k104[] = {&n102};
static dy_ynode *v104[] = {&n103};
static dy_ynode n104 = {DY_Y_MAP, {68, 11}, NULL, 0, 0, k104, v104, 1, 1, 0x800000000ull};
static dy_ynode n105 = {DY_Y_SCALAR, {69, 5}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n106 = {DY_Y_SCALAR, {69, 13}, (char *)"production", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n107 = {DY_Y_SCALAR, {70, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n108 = {DY_Y_SCALAR, {70, 11}, (char *)"Launch mode is for production: set ENVIRONMENT=production.", 58, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k109[] = {&n97, &n99, &n101, &n105, &n107};
static dy_ynode *v109[] = {&n98, &n100, &n104, &n106, &n108};
static dy_ynode n109 = {DY_Y_MAP, {66, 5}, NULL, 0, 0, k109, v109, 5, 5, 0x1600100040ull};
static dy_ynode n110 = {DY_Y_SCALAR, {72, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n111 = {DY_Y_SCALAR, {72, 9}, (char *)"launch-requires-security-headers", 32, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n112 = {DY_Y_SCALAR, {73, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n113 = {DY_Y_SCALAR, {73, 10}, (char *)"SECURITY_HEADERS_ENABLED", 24, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n114 = {DY_Y_SCALAR, {74, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n115 = {DY_Y_SCALAR, {74, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n116 = {DY_Y_SCALAR, {74, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k117[] = {&n115};
static dy_ynode *v117[] = {&n116};
static dy_ynode n117 = {DY_Y_MAP, {74, 11}, NULL, 0, 0, k117, v117, 1, 1, 0x800000000ull};
static dy_ynode n118 = {DY_Y_SCALAR, {75, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n119 = {DY_Y_SCALAR, {75, 9}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n120 = {DY_Y_SCALAR, {76, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n121 = {DY_Y_SCALAR, {76, 11}, (char *)"Set SECURITY_HEADERS_ENABLED=true before launch.", 48, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k122[] = {&n110, &n112, &n114, &n118, &n120};
static dy_ynode *v122[] = {&n111, &n113, &n117, &n119, &n121};
static dy_ynode n122 = {DY_Y_MAP, {72, 5}, NULL, 0, 0, k122, v122, 5, 5, 0x10001400100040ull};
static dy_ynode n123 = {DY_Y_SCALAR, {78, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n124 = {DY_Y_SCALAR, {78, 9}, (char *)"launch-disables-demo-seed", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n125 = {DY_Y_SCALAR, {79, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n126 = {DY_Y_SCALAR, {79, 10}, (char *)"DEMO_SEED_ENABLED", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n127 = {DY_Y_SCALAR, {80, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n128 = {DY_Y_SCALAR, {80, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n129 = {DY_Y_SCALAR, {80, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k130[] = {&n128};
static dy_ynode *v130[] = {&n129};
static dy_ynode n130 = {DY_Y_MAP, {80, 11}, NULL, 0, 0, k130, v130, 1, 1, 0x800000000ull};
static dy_ynode n131 = {DY_Y_SCALAR, {81, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n132 = {DY_Y_SCALAR, {81, 9}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n133 = {DY_Y_SCALAR, {82, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n134 = {DY_Y_SCALAR, {82, 11}, (char *)"Unset DEMO_SEED_ENABLED (or set it to false) in launch mode.", 60, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k135[] = {&n123, &n125, &n127, &n131, &n133};
static dy_ynode *v135[] = {&n124, &n126, &n130, &n132, &n134};
static dy_ynode n135 = {DY_Y_MAP, {78, 5}, NULL, 0, 0, k135, v135, 5, 5, 0x10001400100040ull};
static dy_ynode n136 = {DY_Y_SCALAR, {84, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n137 = {DY_Y_SCALAR, {84, 9}, (char *)"launch-disables-demo-data", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n138 = {DY_Y_SCALAR, {85, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n139 = {DY_Y_SCALAR, {85, 10}, (char *)"DEMO_DATA_ENABLED", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n140 = {DY_Y_SCALAR, {86, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n141 = {DY_Y_SCALAR, {86, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n142 = {DY_Y_SCALAR, {86, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k143[] = {&n141};
static dy_ynode *v143[] = {&n142};
static dy_ynode n143 = {DY_Y_MAP, {86, 11}, NULL, 0, 0, k143, v143, 1, 1, 0x800000000ull};
static dy_ynode n144 = {DY_Y_SCALAR, {87, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n145 = {DY_Y_SCALAR, {87, 9}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n146 = {DY_Y_SCALAR, {88, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n147 = {DY_Y_SCALAR, {88, 11}, (char *)"Unset DEMO_DATA_ENABLED (or set it to false) in launch mode.", 60, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k148[] = {&n136, &n138, &n140, &n144, &n146};
static dy_ynode *v148[] = {&n137, &n139, &n143, &n145, &n147};
static dy_ynode n148 = {DY_Y_MAP, {84, 5}, NULL, 0, 0, k148, v148, 5, 5, 0x10001400100040ull};
static dy_ynode n149 = {DY_Y_SCALAR, {90, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n150 = {DY_Y_SCALAR, {90, 9}, (char *)"launch-requires-strict-billing", 30, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n151 = {DY_Y_SCALAR, {91, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n152 = {DY_Y_SCALAR, {91, 10}, (char *)"BILLING_ENFORCEMENT", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n153 = {DY_Y_SCALAR, {92, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n154 = {DY_Y_SCALAR, {92, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n155 = {DY_Y_SCALAR, {92, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k156[] = {&n154};
static dy_ynode *v156[] = {&n155};
static dy_ynode n156 = {DY_Y_MAP, {92, 11}, NULL, 0, 0, k156, v156, 1, 1, 0x800000000ull};
static dy_ynode n157 = {DY_Y_SCALAR, {93, 5}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n158 = {DY_Y_SCALAR, {93, 13}, (char *)"strict", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n159 = {DY_Y_SCALAR, {94, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n160 = {DY_Y_SCALAR, {94, 11}, (char *)"Set BILLING_ENFORCEMENT=strict: hard limits and paywall gating.", 63, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k161[] = {&n149, &n151, &n153, &n157, &n159};
static dy_ynode *v161[] = {&n150, &n152, &n156, &n158, &n160};
static dy_ynode n161 = {DY_Y_MAP, {90, 5}, NULL, 0, 0, k161, v161, 5, 5, 0x1600100040ull};
static dy_ynode n162 = {DY_Y_SCALAR, {96, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n163 = {DY_Y_SCALAR, {96, 9}, (char *)"billing-enforcement-valid", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n164 = {DY_Y_SCALAR, {97, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n165 = {DY_Y_SCALAR, {97, 10}, (char *)"BILLING_ENFORCEMENT", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n166 = {DY_Y_SCALAR, {98, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n167 = {DY_Y_SCALAR, {98, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n168 = {DY_Y_SCALAR, {99, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n169 = {DY_Y_SCALAR, {99, 14}, (char *)"strict", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n170 = {DY_Y_SCALAR, {99, 22}, (char *)"soft", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n171 = {DY_Y_SCALAR, {99, 28}, (char *)"off", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v172[] = {&n169, &n170, &n171};
static dy_ynode n172 = {DY_Y_SEQ, {99, 13}, NULL, 0, 0, NULL, v172, 3, 3, 0ull};
static dy_ynode n173 = {DY_Y_SCALAR, {100, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n174 = {DY_Y_SCALAR, {100, 11}, (char *)"BILLING_ENFORCEMENT is one of strict, soft, off.", 48, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k175[] = {&n162, &n164, &n166, &n168, &n173};
static dy_ynode *v175[] = {&n163, &n165, &n167, &n172, &n174};
static dy_ynode n175 = {DY_Y_MAP, {96, 5}, NULL, 0, 0, k175, v175, 5, 5, 0x1400140000ull};
static dy_ynode n176 = {DY_Y_SCALAR, {102, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n177 = {DY_Y_SCALAR, {102, 9}, (char *)"sso-protocol-valid", 18, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n178 = {DY_Y_SCALAR, {103, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n179 = {DY_Y_SCALAR, {103, 10}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n180 = {DY_Y_SCALAR, {104, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n181 = {DY_Y_SCALAR, {104, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n182 = {DY_Y_SCALAR, {104, 18}, (char *)"sso", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k183[] = {&n181};
static dy_ynode *v183[] = {&n182};
static dy_ynode n183 = {DY_Y_MAP, {104, 11}, NULL, 0, 0, k183, v183, 1, 1, 0x800000000ull};
static dy_ynode n184 = {DY_Y_SCALAR, {105, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n185 = {DY_Y_SCALAR, {105, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n186 = {DY_Y_SCALAR, {106, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n187 = {DY_Y_SCALAR, {106, 14}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n188 = {DY_Y_SCALAR, {106, 20}, (char *)"saml", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v189[] = {&n187, &n188};
static dy_ynode n189 = {DY_Y_SEQ, {106, 13}, NULL, 0, 0, NULL, v189, 2, 2, 0ull};
static dy_ynode n190 = {DY_Y_SCALAR, {107, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n191 = {DY_Y_SCALAR, {107, 11}, (char *)"Set SSO_PROTOCOL to oidc or saml (unset means oidc).", 52, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k192[] = {&n176, &n178, &n180, &n184, &n186, &n190};
static dy_ynode *v192[] = {&n177, &n179, &n183, &n185, &n189, &n191};
static dy_ynode n192 = {DY_Y_MAP, {102, 5}, NULL, 0, 0, k192, v192, 6, 6, 0x1400140040ull};
static dy_ynode n193 = {DY_Y_SCALAR, {112, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n194 = {DY_Y_SCALAR, {112, 9}, (char *)"incident-kind", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n195 = {DY_Y_SCALAR, {113, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n196 = {DY_Y_SCALAR, {113, 10}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n197 = {DY_Y_SCALAR, {114, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n198 = {DY_Y_SCALAR, {114, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v199[] = {&n198};
static dy_ynode n199 = {DY_Y_SEQ, {114, 15}, NULL, 0, 0, NULL, v199, 1, 1, 0ull};
static dy_ynode n200 = {DY_Y_SCALAR, {115, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n201 = {DY_Y_SCALAR, {115, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n202 = {DY_Y_SCALAR, {116, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n203 = {DY_Y_SCALAR, {116, 14}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n204 = {DY_Y_SCALAR, {116, 24}, (char *)"drill", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v205[] = {&n203, &n204};
static dy_ynode n205 = {DY_Y_SEQ, {116, 13}, NULL, 0, 0, NULL, v205, 2, 2, 0ull};
static dy_ynode n206 = {DY_Y_SCALAR, {117, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n207 = {DY_Y_SCALAR, {117, 11}, (char *)"Say whether the record is a real incident or a drill.", 53, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k208[] = {&n193, &n195, &n197, &n200, &n202, &n206};
static dy_ynode *v208[] = {&n194, &n196, &n199, &n201, &n205, &n207};
static dy_ynode n208 = {DY_Y_MAP, {112, 5}, NULL, 0, 0, k208, v208, 6, 6, 0x101400140000ull};
static dy_ynode n209 = {DY_Y_SCALAR, {119, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n210 = {DY_Y_SCALAR, {119, 9}, (char *)"incident-severity", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n211 = {DY_Y_SCALAR, {120, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n212 = {DY_Y_SCALAR, {120, 10}, (char *)"incident.severity", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n213 = {DY_Y_SCALAR, {121, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n214 = {DY_Y_SCALAR, {121, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v215[] = {&n214};
static dy_ynode n215 = {DY_Y_SEQ, {121, 15}, NULL, 0, 0, NULL, v215, 1, 1, 0ull};
static dy_ynode n216 = {DY_Y_SCALAR, {122, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n217 = {DY_Y_SCALAR, {122, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n218 = {DY_Y_SCALAR, {123, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n219 = {DY_Y_SCALAR, {123, 14}, (char *)"SEV-1", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n220 = {DY_Y_SCALAR, {123, 21}, (char *)"SEV-2", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n221 = {DY_Y_SCALAR, {123, 28}, (char *)"SEV-3", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n222 = {DY_Y_SCALAR, {123, 35}, (char *)"SEV-4", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n223 = {DY_Y_SCALAR, {123, 42}, (char *)"SEV-5", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v224[] = {&n219, &n220, &n221, &n222, &n223};
static dy_ynode n224 = {DY_Y_SEQ, {123, 13}, NULL, 0, 0, NULL, v224, 5, 5, 0ull};
static dy_ynode n225 = {DY_Y_SCALAR, {124, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n226 = {DY_Y_SCALAR, {124, 11}, (char *)"Set the severity (playbook: set severity and publish status page inciden"
    "t).", 75, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k227[] = {&n209, &n211, &n213, &n216, &n218, &n225};
static dy_ynode *v227[] = {&n210, &n212, &n215, &n217, &n224, &n226};
static dy_ynode n227 = {DY_Y_MAP, {119, 5}, NULL, 0, 0, k227, v227, 6, 6, 0x101400140000ull};
static dy_ynode n228 = {DY_Y_SCALAR, {126, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n229 = {DY_Y_SCALAR, {126, 9}, (char *)"incident-status", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n230 = {DY_Y_SCALAR, {127, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n231 = {DY_Y_SCALAR, {127, 10}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n232 = {DY_Y_SCALAR, {128, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n233 = {DY_Y_SCALAR, {128, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v234[] = {&n233};
static dy_ynode n234 = {DY_Y_SEQ, {128, 15}, NULL, 0, 0, NULL, v234, 1, 1, 0ull};
static dy_ynode n235 = {DY_Y_SCALAR, {129, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n236 = {DY_Y_SCALAR, {129, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n237 = {DY_Y_SCALAR, {130, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n238 = {DY_Y_SCALAR, {130, 14}, (char *)"investigating", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n239 = {DY_Y_SCALAR, {130, 29}, (char *)"identified", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n240 = {DY_Y_SCALAR, {130, 41}, (char *)"monitoring", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n241 = {DY_Y_SCALAR, {130, 53}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v242[] = {&n238, &n239, &n240, &n241};
static dy_ynode n242 = {DY_Y_SEQ, {130, 13}, NULL, 0, 0, NULL, v242, 4, 4, 0ull};
static dy_ynode n243 = {DY_Y_SCALAR, {131, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n244 = {DY_Y_SCALAR, {131, 11}, (char *)"Give the status the status page shows (the four statuses of the playbook"
    ").", 74, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k245[] = {&n228, &n230, &n232, &n235, &n237, &n243};
static dy_ynode *v245[] = {&n229, &n231, &n234, &n236, &n242, &n244};
static dy_ynode n245 = {DY_Y_MAP, {126, 5}, NULL, 0, 0, k245, v245, 6, 6, 0x101400140000ull};
static dy_ynode n246 = {DY_Y_SCALAR, {133, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n247 = {DY_Y_SCALAR, {133, 9}, (char *)"incident-status-page", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n248 = {DY_Y_SCALAR, {134, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n249 = {DY_Y_SCALAR, {134, 10}, (char *)"incident.status_page.published_at", 33, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n250 = {DY_Y_SCALAR, {135, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n251 = {DY_Y_SCALAR, {135, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v252[] = {&n251};
static dy_ynode n252 = {DY_Y_SEQ, {135, 15}, NULL, 0, 0, NULL, v252, 1, 1, 0ull};
static dy_ynode n253 = {DY_Y_SCALAR, {136, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n254 = {DY_Y_SCALAR, {136, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n255 = {DY_Y_SCALAR, {136, 18}, (char *)"incident.severity", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n256 = {DY_Y_SCALAR, {136, 37}, (char *)"in", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n257 = {DY_Y_SCALAR, {136, 42}, (char *)"SEV-1", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n258 = {DY_Y_SCALAR, {136, 49}, (char *)"SEV-2", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v259[] = {&n257, &n258};
static dy_ynode n259 = {DY_Y_SEQ, {136, 41}, NULL, 0, 0, NULL, v259, 2, 2, 0ull};
static dy_ynode *k260[] = {&n254, &n256};
static dy_ynode *v260[] = {&n255, &n259};
static dy_ynode n260 = {DY_Y_MAP, {136, 11}, NULL, 0, 0, k260, v260, 2, 2, 0x400000000080ull};
static dy_ynode n261 = {DY_Y_SCALAR, {137, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n262 = {DY_Y_SCALAR, {137, 13}, (char *)"timestamp", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n263 = {DY_Y_SCALAR, {138, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n264 = {DY_Y_SCALAR, {138, 11}, (char *)"SEV-1 and SEV-2 incidents are published on the status page: record when.", 72, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k265[] = {&n246, &n248, &n250, &n253, &n261, &n263};
static dy_ynode *v265[] = {&n247, &n249, &n252, &n260, &n262, &n264};
static dy_ynode n265 = {DY_Y_MAP, {133, 5}, NULL, 0, 0, k265, v265, 6, 6, 0x101400140040ull};
static dy_ynode n266 = {DY_Y_SCALAR, {140, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n267 = {DY_Y_SCALAR, {140, 9}, (char *)"incident-impact-named", 21, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n268 = {DY_Y_SCALAR, {141, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n269 = {DY_Y_SCALAR, {141, 10}, (char *)"incident.components", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n270 = {DY_Y_SCALAR, {142, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n271 = {DY_Y_SCALAR, {142, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v272[] = {&n271};
static dy_ynode n272 = {DY_Y_SEQ, {142, 15}, NULL, 0, 0, NULL, v272, 1, 1, 0ull};
static dy_ynode n273 = {DY_Y_SCALAR, {143, 5}, (char *)"sequence", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n274 = {DY_Y_SCALAR, {143, 16}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n275 = {DY_Y_SCALAR, {143, 21}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n276 = {DY_Y_SCALAR, {143, 27}, (char *)"includes_any", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n277 = {DY_Y_SCALAR, {143, 42}, (char *)"API", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n278 = {DY_Y_SCALAR, {143, 47}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n279 = {DY_Y_SCALAR, {143, 55}, (char *)"geo", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n280 = {DY_Y_SCALAR, {143, 60}, (char *)"notifications", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n281 = {DY_Y_SCALAR, {143, 75}, (char *)"dashboard", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v282[] = {&n277, &n278, &n279, &n280, &n281};
static dy_ynode n282 = {DY_Y_SEQ, {143, 41}, NULL, 0, 0, NULL, v282, 5, 5, 0ull};
static dy_ynode *k283[] = {&n274, &n276};
static dy_ynode *v283[] = {&n275, &n282};
static dy_ynode n283 = {DY_Y_MAP, {143, 15}, NULL, 0, 0, k283, v283, 2, 2, 0x4000400000000ull};
static dy_ynode n284 = {DY_Y_SCALAR, {144, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n285 = {DY_Y_SCALAR, {144, 11}, (char *)"Name what is affected: API, ingest, geo, notifications or dashboard.", 68, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k286[] = {&n266, &n268, &n270, &n273, &n284};
static dy_ynode *v286[] = {&n267, &n269, &n272, &n283, &n285};
static dy_ynode n286 = {DY_Y_MAP, {140, 5}, NULL, 0, 0, k286, v286, 5, 5, 0x181400100000ull};
static dy_ynode n287 = {DY_Y_SCALAR, {146, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n288 = {DY_Y_SCALAR, {146, 9}, (char *)"incident-status-forward", 23, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n289 = {DY_Y_SCALAR, {147, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n290 = {DY_Y_SCALAR, {147, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n291 = {DY_Y_SCALAR, {148, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n292 = {DY_Y_SCALAR, {148, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v293[] = {&n292};
static dy_ynode n293 = {DY_Y_SEQ, {148, 15}, NULL, 0, 0, NULL, v293, 1, 1, 0ull};
static dy_ynode n294 = {DY_Y_SCALAR, {149, 5}, (char *)"min_items", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n295 = {DY_Y_SCALAR, {149, 16}, (char *)"1", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n296 = {DY_Y_SCALAR, {150, 5}, (char *)"sequence", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n297 = {DY_Y_SCALAR, {150, 16}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n298 = {DY_Y_SCALAR, {150, 21}, (char *)"status", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n299 = {DY_Y_SCALAR, {150, 29}, (char *)"order", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n300 = {DY_Y_SCALAR, {150, 37}, (char *)"investigating", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n301 = {DY_Y_SCALAR, {150, 52}, (char *)"identified", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n302 = {DY_Y_SCALAR, {150, 64}, (char *)"monitoring", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n303 = {DY_Y_SCALAR, {150, 76}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v304[] = {&n300, &n301, &n302, &n303};
static dy_ynode n304 = {DY_Y_SEQ, {150, 36}, NULL, 0, 0, NULL, v304, 4, 4, 0ull};
static dy_ynode *k305[] = {&n297, &n299};
static dy_ynode *v305[] = {&n298, &n304};
static dy_ynode n305 = {DY_Y_MAP, {150, 15}, NULL, 0, 0, k305, v305, 2, 2, 0x20000400000000ull};
static dy_ynode n306 = {DY_Y_SCALAR, {151, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n307 = {DY_Y_SCALAR, {151, 11}, (char *)"Statuses only move forward, in the playbook's order; record them oldest "
    "first.", 78, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k308[] = {&n287, &n289, &n291, &n294, &n296, &n306};
static dy_ynode *v308[] = {&n288, &n290, &n293, &n295, &n305, &n307};
static dy_ynode n308 = {DY_Y_MAP, {146, 5}, NULL, 0, 0, k308, v308, 6, 6, 0x181404100000ull};
static dy_ynode n309 = {DY_Y_SCALAR, {153, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n310 = {DY_Y_SCALAR, {153, 9}, (char *)"incident-update-gaps", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n311 = {DY_Y_SCALAR, {154, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n312 = {DY_Y_SCALAR, {154, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n313 = {DY_Y_SCALAR, {155, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n314 = {DY_Y_SCALAR, {155, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v315[] = {&n314};
static dy_ynode n315 = {DY_Y_SEQ, {155, 15}, NULL, 0, 0, NULL, v315, 1, 1, 0ull};
static dy_ynode n316 = {DY_Y_SCALAR, {156, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n317 = {DY_Y_SCALAR, {156, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n318 = {DY_Y_SCALAR, {157, 5}, (char *)"intervals", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n319 = {DY_Y_SCALAR, {157, 17}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n320 = {DY_Y_SCALAR, {157, 22}, (char *)"created_at", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n321 = {DY_Y_SCALAR, {157, 34}, (char *)"max", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n322 = {DY_Y_SCALAR, {157, 39}, (char *)"60m", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n323 = {DY_Y_SCALAR, {157, 44}, (char *)"warn", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n324 = {DY_Y_SCALAR, {157, 50}, (char *)"30m", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k325[] = {&n319, &n321, &n323};
static dy_ynode *v325[] = {&n320, &n322, &n324};
static dy_ynode n325 = {DY_Y_MAP, {157, 16}, NULL, 0, 0, k325, v325, 3, 3, 0x1000408000000ull};
static dy_ynode n326 = {DY_Y_SCALAR, {158, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n327 = {DY_Y_SCALAR, {158, 11}, (char *)"Communicate status updates every 30-60 minutes.", 47, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k328[] = {&n309, &n311, &n313, &n316, &n318, &n326};
static dy_ynode *v328[] = {&n310, &n312, &n315, &n317, &n325, &n327};
static dy_ynode n328 = {DY_Y_MAP, {153, 5}, NULL, 0, 0, k328, v328, 6, 6, 0x80101400100008ull};
static dy_ynode n329 = {DY_Y_SCALAR, {160, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n330 = {DY_Y_SCALAR, {160, 9}, (char *)"incident-update-due", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n331 = {DY_Y_SCALAR, {161, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n332 = {DY_Y_SCALAR, {161, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n333 = {DY_Y_SCALAR, {162, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n334 = {DY_Y_SCALAR, {162, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v335[] = {&n334};
static dy_ynode n335 = {DY_Y_SEQ, {162, 15}, NULL, 0, 0, NULL, v335, 1, 1, 0ull};
static dy_ynode n336 = {DY_Y_SCALAR, {163, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n337 = {DY_Y_SCALAR, {163, 12}, (char *)"not", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n338 = {DY_Y_SCALAR, {163, 18}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n339 = {DY_Y_SCALAR, {163, 24}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n340 = {DY_Y_SCALAR, {163, 41}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n341 = {DY_Y_SCALAR, {163, 49}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k342[] = {&n338, &n340};
static dy_ynode *v342[] = {&n339, &n341};
static dy_ynode n342 = {DY_Y_MAP, {163, 17}, NULL, 0, 0, k342, v342, 2, 2, 0x200000080ull};
static dy_ynode *k343[] = {&n337};
static dy_ynode *v343[] = {&n342};
static dy_ynode n343 = {DY_Y_MAP, {163, 11}, NULL, 0, 0, k343, v343, 1, 1, 0x800ull};
static dy_ynode n344 = {DY_Y_SCALAR, {164, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n345 = {DY_Y_SCALAR, {164, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n346 = {DY_Y_SCALAR, {165, 5}, (char *)"intervals", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n347 = {DY_Y_SCALAR, {165, 17}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n348 = {DY_Y_SCALAR, {165, 22}, (char *)"created_at", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n349 = {DY_Y_SCALAR, {165, 34}, (char *)"max", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n350 = {DY_Y_SCALAR, {165, 39}, (char *)"60m", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n351 = {DY_Y_SCALAR, {165, 44}, (char *)"warn", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n352 = {DY_Y_SCALAR, {165, 50}, (char *)"30m", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n353 = {DY_Y_SCALAR, {165, 55}, (char *)"gaps", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n354 = {DY_Y_SCALAR, {165, 61}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n355 = {DY_Y_SCALAR, {165, 68}, (char *)"to_now", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n356 = {DY_Y_SCALAR, {165, 76}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k357[] = {&n347, &n349, &n351, &n353, &n355};
static dy_ynode *v357[] = {&n348, &n350, &n352, &n354, &n356};
static dy_ynode n357 = {DY_Y_MAP, {165, 16}, NULL, 0, 0, k357, v357, 5, 5, 0x601000408000000ull};
static dy_ynode n358 = {DY_Y_SCALAR, {166, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n359 = {DY_Y_SCALAR, {166, 11}, (char *)"Post a status update now: every 30-60 minutes until resolved.", 61, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k360[] = {&n329, &n331, &n333, &n336, &n344, &n346, &n358};
static dy_ynode *v360[] = {&n330, &n332, &n335, &n343, &n345, &n357, &n359};
static dy_ynode n360 = {DY_Y_MAP, {160, 5}, NULL, 0, 0, k360, v360, 7, 7, 0x80101400100048ull};
static dy_ynode n361 = {DY_Y_SCALAR, {168, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n362 = {DY_Y_SCALAR, {168, 9}, (char *)"incident-resolved-through-identified", 36, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n363 = {DY_Y_SCALAR, {169, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n364 = {DY_Y_SCALAR, {169, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n365 = {DY_Y_SCALAR, {170, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n366 = {DY_Y_SCALAR, {170, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v367[] = {&n366};
static dy_ynode n367 = {DY_Y_SEQ, {170, 15}, NULL, 0, 0, NULL, v367, 1, 1, 0ull};
static dy_ynode n368 = {DY_Y_SCALAR, {171, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n369 = {DY_Y_SCALAR, {171, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n370 = {DY_Y_SCALAR, {171, 19}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n371 = {DY_Y_SCALAR, {171, 25}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n372 = {DY_Y_SCALAR, {171, 42}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n373 = {DY_Y_SCALAR, {171, 50}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k374[] = {&n370, &n372};
static dy_ynode *v374[] = {&n371, &n373};
static dy_ynode n374 = {DY_Y_MAP, {171, 18}, NULL, 0, 0, k374, v374, 2, 2, 0x200000080ull};
static dy_ynode n375 = {DY_Y_SCALAR, {171, 62}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n376 = {DY_Y_SCALAR, {171, 68}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n377 = {DY_Y_SCALAR, {171, 83}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n378 = {DY_Y_SCALAR, {171, 91}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k379[] = {&n375, &n377};
static dy_ynode *v379[] = {&n376, &n378};
static dy_ynode n379 = {DY_Y_MAP, {171, 61}, NULL, 0, 0, k379, v379, 2, 2, 0x200000080ull};
static dy_ynode *v380[] = {&n374, &n379};
static dy_ynode n380 = {DY_Y_SEQ, {171, 17}, NULL, 0, 0, NULL, v380, 2, 2, 0ull};
static dy_ynode *k381[] = {&n369};
static dy_ynode *v381[] = {&n380};
static dy_ynode n381 = {DY_Y_MAP, {171, 11}, NULL, 0, 0, k381, v381, 1, 1, 0x100000000000ull};
static dy_ynode n382 = {DY_Y_SCALAR, {172, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n383 = {DY_Y_SCALAR, {172, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n384 = {DY_Y_SCALAR, {173, 5}, (char *)"sequence", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n385 = {DY_Y_SCALAR, {173, 16}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n386 = {DY_Y_SCALAR, {173, 21}, (char *)"status", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n387 = {DY_Y_SCALAR, {173, 29}, (char *)"includes", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n388 = {DY_Y_SCALAR, {173, 40}, (char *)"identified", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v389[] = {&n388};
static dy_ynode n389 = {DY_Y_SEQ, {173, 39}, NULL, 0, 0, NULL, v389, 1, 1, 0ull};
static dy_ynode *k390[] = {&n385, &n387};
static dy_ynode *v390[] = {&n386, &n389};
static dy_ynode n390 = {DY_Y_MAP, {173, 15}, NULL, 0, 0, k390, v390, 2, 2, 0x4000400000000ull};
static dy_ynode n391 = {DY_Y_SCALAR, {174, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n392 = {DY_Y_SCALAR, {174, 11}, (char *)"A resolved incident was identified first: record the identified update.", 71, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k393[] = {&n361, &n363, &n365, &n368, &n382, &n384, &n391};
static dy_ynode *v393[] = {&n362, &n364, &n367, &n381, &n383, &n390, &n392};
static dy_ynode n393 = {DY_Y_MAP, {168, 5}, NULL, 0, 0, k393, v393, 7, 7, 0x181400100048ull};
static dy_ynode n394 = {DY_Y_SCALAR, {176, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n395 = {DY_Y_SCALAR, {176, 9}, (char *)"incident-resolved-at", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n396 = {DY_Y_SCALAR, {177, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n397 = {DY_Y_SCALAR, {177, 10}, (char *)"incident.resolved_at", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n398 = {DY_Y_SCALAR, {178, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n399 = {DY_Y_SCALAR, {178, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v400[] = {&n399};
static dy_ynode n400 = {DY_Y_SEQ, {178, 15}, NULL, 0, 0, NULL, v400, 1, 1, 0ull};
static dy_ynode n401 = {DY_Y_SCALAR, {179, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n402 = {DY_Y_SCALAR, {179, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n403 = {DY_Y_SCALAR, {179, 18}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n404 = {DY_Y_SCALAR, {179, 35}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n405 = {DY_Y_SCALAR, {179, 43}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k406[] = {&n402, &n404};
static dy_ynode *v406[] = {&n403, &n405};
static dy_ynode n406 = {DY_Y_MAP, {179, 11}, NULL, 0, 0, k406, v406, 2, 2, 0x200000080ull};
static dy_ynode n407 = {DY_Y_SCALAR, {180, 5}, (char *)"not_before", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n408 = {DY_Y_SCALAR, {180, 18}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n409 = {DY_Y_SCALAR, {180, 24}, (char *)"incident.created_at", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k410[] = {&n408};
static dy_ynode *v410[] = {&n409};
static dy_ynode n410 = {DY_Y_MAP, {180, 17}, NULL, 0, 0, k410, v410, 1, 1, 0x80ull};
static dy_ynode n411 = {DY_Y_SCALAR, {181, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n412 = {DY_Y_SCALAR, {181, 11}, (char *)"Record when the incident was resolved.", 38, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k413[] = {&n394, &n396, &n398, &n401, &n407, &n411};
static dy_ynode *v413[] = {&n395, &n397, &n400, &n406, &n410, &n412};
static dy_ynode n413 = {DY_Y_MAP, {176, 5}, NULL, 0, 0, k413, v413, 6, 6, 0x101400100840ull};
static dy_ynode n414 = {DY_Y_SCALAR, {183, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n415 = {DY_Y_SCALAR, {183, 9}, (char *)"incident-recovery-verified", 26, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n416 = {DY_Y_SCALAR, {184, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n417 = {DY_Y_SCALAR, {184, 10}, (char *)"incident.recovery.verified", 26, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n418 = {DY_Y_SCALAR, {185, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n419 = {DY_Y_SCALAR, {185, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v420[] = {&n419};
static dy_ynode n420 = {DY_Y_SEQ, {185, 15}, NULL, 0, 0, NULL, v420, 1, 1, 0ull};
static dy_ynode n421 = {DY_Y_SCALAR, {186, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n422 = {DY_Y_SCALAR, {186, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n423 = {DY_Y_SCALAR, {186, 18}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n424 = {DY_Y_SCALAR, {186, 35}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n425 = {DY_Y_SCALAR, {186, 43}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k426[] = {&n422, &n424};
static dy_ynode *v426[] = {&n423, &n425};
static dy_ynode n426 = {DY_Y_MAP, {186, 11}, NULL, 0, 0, k426, v426, 2, 2, 0x200000080ull};
static dy_ynode n427 = {DY_Y_SCALAR, {187, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n428 = {DY_Y_SCALAR, {187, 9}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n429 = {DY_Y_SCALAR, {188, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n430 = {DY_Y_SCALAR, {188, 11}, (char *)"Resolve only after the recovery metrics are verified.", 53, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k431[] = {&n414, &n416, &n418, &n421, &n427, &n429};
static dy_ynode *v431[] = {&n415, &n417, &n420, &n426, &n428, &n430};
static dy_ynode n431 = {DY_Y_MAP, {183, 5}, NULL, 0, 0, k431, v431, 6, 6, 0x10101400100040ull};
static dy_ynode n432 = {DY_Y_SCALAR, {190, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n433 = {DY_Y_SCALAR, {190, 9}, (char *)"incident-report-due", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n434 = {DY_Y_SCALAR, {191, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n435 = {DY_Y_SCALAR, {191, 10}, (char *)"incident.report.published_at", 28, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n436 = {DY_Y_SCALAR, {192, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n437 = {DY_Y_SCALAR, {192, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v438[] = {&n437};
static dy_ynode n438 = {DY_Y_SEQ, {192, 15}, NULL, 0, 0, NULL, v438, 1, 1, 0ull};
static dy_ynode n439 = {DY_Y_SCALAR, {193, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n440 = {DY_Y_SCALAR, {193, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n441 = {DY_Y_SCALAR, {193, 18}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n442 = {DY_Y_SCALAR, {193, 35}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n443 = {DY_Y_SCALAR, {193, 43}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k444[] = {&n440, &n442};
static dy_ynode *v444[] = {&n441, &n443};
static dy_ynode n444 = {DY_Y_MAP, {193, 11}, NULL, 0, 0, k444, v444, 2, 2, 0x200000080ull};
static dy_ynode n445 = {DY_Y_SCALAR, {194, 5}, (char *)"deadline", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n446 = {DY_Y_SCALAR, {194, 16}, (char *)"after", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n447 = {DY_Y_SCALAR, {194, 23}, (char *)"incident.resolved_at", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n448 = {DY_Y_SCALAR, {194, 45}, (char *)"within", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n449 = {DY_Y_SCALAR, {194, 53}, (char *)"48h", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n450 = {DY_Y_SCALAR, {194, 58}, (char *)"warn", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n451 = {DY_Y_SCALAR, {194, 64}, (char *)"12h", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k452[] = {&n446, &n448, &n450};
static dy_ynode *v452[] = {&n447, &n449, &n451};
static dy_ynode n452 = {DY_Y_MAP, {194, 15}, NULL, 0, 0, k452, v452, 3, 3, 0x1000010001000ull};
static dy_ynode n453 = {DY_Y_SCALAR, {195, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n454 = {DY_Y_SCALAR, {195, 11}, (char *)"Write the post-incident report within 48 hours of resolution.", 61, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k455[] = {&n432, &n434, &n436, &n439, &n445, &n453};
static dy_ynode *v455[] = {&n433, &n435, &n438, &n444, &n452, &n454};
static dy_ynode n455 = {DY_Y_MAP, {190, 5}, NULL, 0, 0, k455, v455, 6, 6, 0x8101400100040ull};
static dy_ynode n456 = {DY_Y_SCALAR, {197, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n457 = {DY_Y_SCALAR, {197, 9}, (char *)"incident-report-path", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n458 = {DY_Y_SCALAR, {198, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n459 = {DY_Y_SCALAR, {198, 10}, (char *)"incident.report.path", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n460 = {DY_Y_SCALAR, {199, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n461 = {DY_Y_SCALAR, {199, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v462[] = {&n461};
static dy_ynode n462 = {DY_Y_SEQ, {199, 15}, NULL, 0, 0, NULL, v462, 1, 1, 0ull};
static dy_ynode n463 = {DY_Y_SCALAR, {200, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n464 = {DY_Y_SCALAR, {200, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n465 = {DY_Y_SCALAR, {200, 18}, (char *)"incident.report.published_at", 28, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n466 = {DY_Y_SCALAR, {200, 48}, (char *)"set", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n467 = {DY_Y_SCALAR, {200, 53}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k468[] = {&n464, &n466};
static dy_ynode *v468[] = {&n465, &n467};
static dy_ynode n468 = {DY_Y_MAP, {200, 11}, NULL, 0, 0, k468, v468, 2, 2, 0xc0ull};
static dy_ynode n469 = {DY_Y_SCALAR, {201, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n470 = {DY_Y_SCALAR, {201, 15}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n471 = {DY_Y_SCALAR, {202, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n472 = {DY_Y_SCALAR, {202, 11}, (char *)"Say where the published report is.", 34, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k473[] = {&n456, &n458, &n460, &n463, &n469, &n471};
static dy_ynode *v473[] = {&n457, &n459, &n462, &n468, &n470, &n472};
static dy_ynode n473 = {DY_Y_MAP, {197, 5}, NULL, 0, 0, k473, v473, 6, 6, 0x101400100048ull};
static dy_ynode n474 = {DY_Y_SCALAR, {204, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n475 = {DY_Y_SCALAR, {204, 9}, (char *)"drill-recent", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n476 = {DY_Y_SCALAR, {205, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n477 = {DY_Y_SCALAR, {205, 10}, (char *)"incident.created_at", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n478 = {DY_Y_SCALAR, {206, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n479 = {DY_Y_SCALAR, {206, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v480[] = {&n479};
static dy_ynode n480 = {DY_Y_SEQ, {206, 15}, NULL, 0, 0, NULL, v480, 1, 1, 0ull};
static dy_ynode n481 = {DY_Y_SCALAR, {207, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n482 = {DY_Y_SCALAR, {207, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n483 = {DY_Y_SCALAR, {207, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n484 = {DY_Y_SCALAR, {207, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n485 = {DY_Y_SCALAR, {207, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k486[] = {&n482, &n484};
static dy_ynode *v486[] = {&n483, &n485};
static dy_ynode n486 = {DY_Y_MAP, {207, 11}, NULL, 0, 0, k486, v486, 2, 2, 0x200000080ull};
static dy_ynode n487 = {DY_Y_SCALAR, {208, 5}, (char *)"max_age", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n488 = {DY_Y_SCALAR, {208, 14}, (char *)"31d", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n489 = {DY_Y_SCALAR, {209, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n490 = {DY_Y_SCALAR, {209, 11}, (char *)"Run the mock incident drill monthly.", 36, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k491[] = {&n474, &n476, &n478, &n481, &n487, &n489};
static dy_ynode *v491[] = {&n475, &n477, &n480, &n486, &n488, &n490};
static dy_ynode n491 = {DY_Y_MAP, {204, 5}, NULL, 0, 0, k491, v491, 6, 6, 0x101408100040ull};
static dy_ynode n492 = {DY_Y_SCALAR, {211, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n493 = {DY_Y_SCALAR, {211, 9}, (char *)"drill-visits-every-status", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n494 = {DY_Y_SCALAR, {212, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n495 = {DY_Y_SCALAR, {212, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n496 = {DY_Y_SCALAR, {213, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n497 = {DY_Y_SCALAR, {213, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v498[] = {&n497};
static dy_ynode n498 = {DY_Y_SEQ, {213, 15}, NULL, 0, 0, NULL, v498, 1, 1, 0ull};
static dy_ynode n499 = {DY_Y_SCALAR, {214, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n500 = {DY_Y_SCALAR, {214, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n501 = {DY_Y_SCALAR, {214, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n502 = {DY_Y_SCALAR, {214, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n503 = {DY_Y_SCALAR, {214, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k504[] = {&n500, &n502};
static dy_ynode *v504[] = {&n501, &n503};
static dy_ynode n504 = {DY_Y_MAP, {214, 11}, NULL, 0, 0, k504, v504, 2, 2, 0x200000080ull};
static dy_ynode n505 = {DY_Y_SCALAR, {215, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n506 = {DY_Y_SCALAR, {215, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n507 = {DY_Y_SCALAR, {216, 5}, (char *)"sequence", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n508 = {DY_Y_SCALAR, {216, 16}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n509 = {DY_Y_SCALAR, {216, 21}, (char *)"status", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n510 = {DY_Y_SCALAR, {216, 29}, (char *)"includes", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n511 = {DY_Y_SCALAR, {216, 40}, (char *)"investigating", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n512 = {DY_Y_SCALAR, {216, 55}, (char *)"identified", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n513 = {DY_Y_SCALAR, {216, 67}, (char *)"monitoring", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n514 = {DY_Y_SCALAR, {216, 79}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v515[] = {&n511, &n512, &n513, &n514};
static dy_ynode n515 = {DY_Y_SEQ, {216, 39}, NULL, 0, 0, NULL, v515, 4, 4, 0ull};
static dy_ynode *k516[] = {&n508, &n510};
static dy_ynode *v516[] = {&n509, &n515};
static dy_ynode n516 = {DY_Y_MAP, {216, 15}, NULL, 0, 0, k516, v516, 2, 2, 0x4000400000000ull};
static dy_ynode n517 = {DY_Y_SCALAR, {217, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n518 = {DY_Y_SCALAR, {217, 11}, (char *)"A drill goes through all four statuses of the playbook, in order.", 65, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k519[] = {&n492, &n494, &n496, &n499, &n505, &n507, &n517};
static dy_ynode *v519[] = {&n493, &n495, &n498, &n504, &n506, &n516, &n518};
static dy_ynode n519 = {DY_Y_MAP, {211, 5}, NULL, 0, 0, k519, v519, 7, 7, 0x181400100048ull};
static dy_ynode n520 = {DY_Y_SCALAR, {219, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n521 = {DY_Y_SCALAR, {219, 9}, (char *)"drill-alerted", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n522 = {DY_Y_SCALAR, {220, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n523 = {DY_Y_SCALAR, {220, 10}, (char *)"incident.alerted_at", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n524 = {DY_Y_SCALAR, {221, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n525 = {DY_Y_SCALAR, {221, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v526[] = {&n525};
static dy_ynode n526 = {DY_Y_SEQ, {221, 15}, NULL, 0, 0, NULL, v526, 1, 1, 0ull};
static dy_ynode n527 = {DY_Y_SCALAR, {222, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n528 = {DY_Y_SCALAR, {222, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n529 = {DY_Y_SCALAR, {222, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n530 = {DY_Y_SCALAR, {222, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n531 = {DY_Y_SCALAR, {222, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k532[] = {&n528, &n530};
static dy_ynode *v532[] = {&n529, &n531};
static dy_ynode n532 = {DY_Y_MAP, {222, 11}, NULL, 0, 0, k532, v532, 2, 2, 0x200000080ull};
static dy_ynode n533 = {DY_Y_SCALAR, {223, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n534 = {DY_Y_SCALAR, {223, 13}, (char *)"timestamp", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n535 = {DY_Y_SCALAR, {224, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n536 = {DY_Y_SCALAR, {224, 11}, (char *)"Verify alerting detects elevated error rates: record when it alerted.", 69, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k537[] = {&n520, &n522, &n524, &n527, &n533, &n535};
static dy_ynode *v537[] = {&n521, &n523, &n526, &n532, &n534, &n536};
static dy_ynode n537 = {DY_Y_MAP, {219, 5}, NULL, 0, 0, k537, v537, 6, 6, 0x101400140040ull};
static dy_ynode n538 = {DY_Y_SCALAR, {226, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n539 = {DY_Y_SCALAR, {226, 9}, (char *)"drill-alert-before-identified", 29, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n540 = {DY_Y_SCALAR, {227, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n541 = {DY_Y_SCALAR, {227, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n542 = {DY_Y_SCALAR, {228, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n543 = {DY_Y_SCALAR, {228, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v544[] = {&n543};
static dy_ynode n544 = {DY_Y_SEQ, {228, 15}, NULL, 0, 0, NULL, v544, 1, 1, 0ull};
static dy_ynode n545 = {DY_Y_SCALAR, {229, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n546 = {DY_Y_SCALAR, {229, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n547 = {DY_Y_SCALAR, {229, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n548 = {DY_Y_SCALAR, {229, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n549 = {DY_Y_SCALAR, {229, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k550[] = {&n546, &n548};
static dy_ynode *v550[] = {&n547, &n549};
static dy_ynode n550 = {DY_Y_MAP, {229, 11}, NULL, 0, 0, k550, v550, 2, 2, 0x200000080ull};
static dy_ynode n551 = {DY_Y_SCALAR, {230, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n552 = {DY_Y_SCALAR, {230, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n553 = {DY_Y_SCALAR, {231, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n554 = {DY_Y_SCALAR, {231, 12}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n555 = {DY_Y_SCALAR, {231, 19}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n556 = {DY_Y_SCALAR, {231, 25}, (char *)"status", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n557 = {DY_Y_SCALAR, {231, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n558 = {DY_Y_SCALAR, {231, 41}, (char *)"identified", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k559[] = {&n555, &n557};
static dy_ynode *v559[] = {&n556, &n558};
static dy_ynode n559 = {DY_Y_MAP, {231, 18}, NULL, 0, 0, k559, v559, 2, 2, 0x200000080ull};
static dy_ynode n560 = {DY_Y_SCALAR, {231, 54}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n561 = {DY_Y_SCALAR, {231, 59}, (char *)"created_at", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n562 = {DY_Y_SCALAR, {231, 71}, (char *)"not_before", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n563 = {DY_Y_SCALAR, {231, 84}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n564 = {DY_Y_SCALAR, {231, 90}, (char *)"incident.alerted_at", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k565[] = {&n563};
static dy_ynode *v565[] = {&n564};
static dy_ynode n565 = {DY_Y_MAP, {231, 83}, NULL, 0, 0, k565, v565, 1, 1, 0x80ull};
static dy_ynode *k566[] = {&n554, &n560, &n562};
static dy_ynode *v566[] = {&n559, &n561, &n565};
static dy_ynode n566 = {DY_Y_MAP, {231, 11}, NULL, 0, 0, k566, v566, 3, 3, 0x400000840ull};
static dy_ynode n567 = {DY_Y_SCALAR, {232, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n568 = {DY_Y_SCALAR, {232, 11}, (char *)"The alert comes before the cause is identified.", 47, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k569[] = {&n538, &n540, &n542, &n545, &n551, &n553, &n567};
static dy_ynode *v569[] = {&n539, &n541, &n544, &n550, &n552, &n566, &n568};
static dy_ynode n569 = {DY_Y_MAP, {226, 5}, NULL, 0, 0, k569, v569, 7, 7, 0x101500100048ull};
static dy_ynode n570 = {DY_Y_SCALAR, {234, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n571 = {DY_Y_SCALAR, {234, 9}, (char *)"drill-timeline", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n572 = {DY_Y_SCALAR, {235, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n573 = {DY_Y_SCALAR, {235, 10}, (char *)"incident.timeline", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n574 = {DY_Y_SCALAR, {236, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n575 = {DY_Y_SCALAR, {236, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v576[] = {&n575};
static dy_ynode n576 = {DY_Y_SEQ, {236, 15}, NULL, 0, 0, NULL, v576, 1, 1, 0ull};
static dy_ynode n577 = {DY_Y_SCALAR, {237, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n578 = {DY_Y_SCALAR, {237, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n579 = {DY_Y_SCALAR, {237, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n580 = {DY_Y_SCALAR, {237, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n581 = {DY_Y_SCALAR, {237, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k582[] = {&n578, &n580};
static dy_ynode *v582[] = {&n579, &n581};
static dy_ynode n582 = {DY_Y_MAP, {237, 11}, NULL, 0, 0, k582, v582, 2, 2, 0x200000080ull};
static dy_ynode n583 = {DY_Y_SCALAR, {238, 5}, (char *)"min_items", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n584 = {DY_Y_SCALAR, {238, 16}, (char *)"1", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n585 = {DY_Y_SCALAR, {239, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n586 = {DY_Y_SCALAR, {239, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n587 = {DY_Y_SCALAR, {239, 17}, (char *)"at", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n588 = {DY_Y_SCALAR, {239, 21}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n589 = {DY_Y_SCALAR, {239, 29}, (char *)"timestamp", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k590[] = {&n586, &n588};
static dy_ynode *v590[] = {&n587, &n589};
static dy_ynode n590 = {DY_Y_MAP, {239, 11}, NULL, 0, 0, k590, v590, 2, 2, 0x400040000ull};
static dy_ynode n591 = {DY_Y_SCALAR, {240, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n592 = {DY_Y_SCALAR, {240, 11}, (char *)"Document the drill's timeline: each entry with its time.", 56, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k593[] = {&n570, &n572, &n574, &n577, &n583, &n585, &n591};
static dy_ynode *v593[] = {&n571, &n573, &n576, &n582, &n584, &n590, &n592};
static dy_ynode n593 = {DY_Y_MAP, {234, 5}, NULL, 0, 0, k593, v593, 7, 7, 0x101504100040ull};
static dy_ynode n594 = {DY_Y_SCALAR, {242, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n595 = {DY_Y_SCALAR, {242, 9}, (char *)"drill-timeline-events", 21, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n596 = {DY_Y_SCALAR, {243, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n597 = {DY_Y_SCALAR, {243, 10}, (char *)"incident.timeline", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n598 = {DY_Y_SCALAR, {244, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n599 = {DY_Y_SCALAR, {244, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v600[] = {&n599};
static dy_ynode n600 = {DY_Y_SEQ, {244, 15}, NULL, 0, 0, NULL, v600, 1, 1, 0ull};
static dy_ynode n601 = {DY_Y_SCALAR, {245, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n602 = {DY_Y_SCALAR, {245, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n603 = {DY_Y_SCALAR, {245, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n604 = {DY_Y_SCALAR, {245, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n605 = {DY_Y_SCALAR, {245, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k606[] = {&n602, &n604};
static dy_ynode *v606[] = {&n603, &n605};
static dy_ynode n606 = {DY_Y_MAP, {245, 11}, NULL, 0, 0, k606, v606, 2, 2, 0x200000080ull};
static dy_ynode n607 = {DY_Y_SCALAR, {246, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n608 = {DY_Y_SCALAR, {246, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n609 = {DY_Y_SCALAR, {247, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n610 = {DY_Y_SCALAR, {247, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n611 = {DY_Y_SCALAR, {247, 17}, (char *)"event", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n612 = {DY_Y_SCALAR, {247, 24}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n613 = {DY_Y_SCALAR, {247, 38}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k614[] = {&n610, &n612};
static dy_ynode *v614[] = {&n611, &n613};
static dy_ynode n614 = {DY_Y_MAP, {247, 11}, NULL, 0, 0, k614, v614, 2, 2, 0x400400000000ull};
static dy_ynode n615 = {DY_Y_SCALAR, {248, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n616 = {DY_Y_SCALAR, {248, 11}, (char *)"Document what happened at each time.", 36, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k617[] = {&n594, &n596, &n598, &n601, &n607, &n609, &n615};
static dy_ynode *v617[] = {&n595, &n597, &n600, &n606, &n608, &n614, &n616};
static dy_ynode n617 = {DY_Y_MAP, {242, 5}, NULL, 0, 0, k617, v617, 7, 7, 0x101500100048ull};
static dy_ynode n618 = {DY_Y_SCALAR, {250, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n619 = {DY_Y_SCALAR, {250, 9}, (char *)"drill-lessons-learned", 21, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n620 = {DY_Y_SCALAR, {251, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n621 = {DY_Y_SCALAR, {251, 10}, (char *)"incident.lessons_learned", 24, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n622 = {DY_Y_SCALAR, {252, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n623 = {DY_Y_SCALAR, {252, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v624[] = {&n623};
static dy_ynode n624 = {DY_Y_SEQ, {252, 15}, NULL, 0, 0, NULL, v624, 1, 1, 0ull};
static dy_ynode n625 = {DY_Y_SCALAR, {253, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n626 = {DY_Y_SCALAR, {253, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n627 = {DY_Y_SCALAR, {253, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n628 = {DY_Y_SCALAR, {253, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n629 = {DY_Y_SCALAR, {253, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k630[] = {&n626, &n628};
static dy_ynode *v630[] = {&n627, &n629};
static dy_ynode n630 = {DY_Y_MAP, {253, 11}, NULL, 0, 0, k630, v630, 2, 2, 0x200000080ull};
static dy_ynode n631 = {DY_Y_SCALAR, {254, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n632 = {DY_Y_SCALAR, {254, 15}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n633 = {DY_Y_SCALAR, {255, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n634 = {DY_Y_SCALAR, {255, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n635 = {DY_Y_SCALAR, {256, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n636 = {DY_Y_SCALAR, {256, 11}, (char *)"Document the lessons learned.", 29, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k637[] = {&n618, &n620, &n622, &n625, &n631, &n633, &n635};
static dy_ynode *v637[] = {&n619, &n621, &n624, &n630, &n632, &n634, &n636};
static dy_ynode n637 = {DY_Y_MAP, {250, 5}, NULL, 0, 0, k637, v637, 7, 7, 0x501400100048ull};
static dy_ynode n638 = {DY_Y_SCALAR, {264, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n639 = {DY_Y_SCALAR, {264, 9}, (char *)"daily-backup-db-fresh", 21, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n640 = {DY_Y_SCALAR, {265, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n641 = {DY_Y_SCALAR, {265, 10}, (char *)"backup.db.last_success_at", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n642 = {DY_Y_SCALAR, {266, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n643 = {DY_Y_SCALAR, {266, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v644[] = {&n643};
static dy_ynode n644 = {DY_Y_SEQ, {266, 15}, NULL, 0, 0, NULL, v644, 1, 1, 0ull};
static dy_ynode n645 = {DY_Y_SCALAR, {267, 5}, (char *)"max_age", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n646 = {DY_Y_SCALAR, {267, 14}, (char *)"26h", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n647 = {DY_Y_SCALAR, {268, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n648 = {DY_Y_SCALAR, {268, 11}, (char *)"The database backup must have succeeded within 26h: check the backup job"
    " and record its last success.", 101, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k649[] = {&n638, &n640, &n642, &n645, &n647};
static dy_ynode *v649[] = {&n639, &n641, &n644, &n646, &n648};
static dy_ynode n649 = {DY_Y_MAP, {264, 5}, NULL, 0, 0, k649, v649, 5, 5, 0x101408100000ull};
static dy_ynode n650 = {DY_Y_SCALAR, {270, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n651 = {DY_Y_SCALAR, {270, 9}, (char *)"daily-backup-db-completed", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n652 = {DY_Y_SCALAR, {271, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n653 = {DY_Y_SCALAR, {271, 10}, (char *)"backup.db.status", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n654 = {DY_Y_SCALAR, {272, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n655 = {DY_Y_SCALAR, {272, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v656[] = {&n655};
static dy_ynode n656 = {DY_Y_SEQ, {272, 15}, NULL, 0, 0, NULL, v656, 1, 1, 0ull};
static dy_ynode n657 = {DY_Y_SCALAR, {273, 5}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n658 = {DY_Y_SCALAR, {273, 13}, (char *)"completed", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n659 = {DY_Y_SCALAR, {274, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n660 = {DY_Y_SCALAR, {274, 11}, (char *)"The last database backup must report completed (not partially failed): c"
    "heck and rerun it.", 90, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k661[] = {&n650, &n652, &n654, &n657, &n659};
static dy_ynode *v661[] = {&n651, &n653, &n656, &n658, &n660};
static dy_ynode n661 = {DY_Y_MAP, {270, 5}, NULL, 0, 0, k661, v661, 5, 5, 0x101600100000ull};
static dy_ynode n662 = {DY_Y_SCALAR, {276, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n663 = {DY_Y_SCALAR, {276, 9}, (char *)"daily-backup-db-retention", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n664 = {DY_Y_SCALAR, {277, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n665 = {DY_Y_SCALAR, {277, 10}, (char *)"backup.db.retention_days", 24, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n666 = {DY_Y_SCALAR, {278, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n667 = {DY_Y_SCALAR, {278, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v668[] = {&n667};
static dy_ynode n668 = {DY_Y_SEQ, {278, 15}, NULL, 0, 0, NULL, v668, 1, 1, 0ull};
static dy_ynode n669 = {DY_Y_SCALAR, {279, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n670 = {DY_Y_SCALAR, {279, 13}, (char *)"number", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n671 = {DY_Y_SCALAR, {280, 5}, (char *)"min", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n672 = {DY_Y_SCALAR, {280, 10}, (char *)"35", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n673 = {DY_Y_SCALAR, {281, 5}, (char *)"severity", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n674 = {DY_Y_SCALAR, {281, 15}, (char *)"warning", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n675 = {DY_Y_SCALAR, {282, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n676 = {DY_Y_SCALAR, {282, 11}, (char *)"Keep database backups for at least 35 days.", 43, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k677[] = {&n662, &n664, &n666, &n669, &n671, &n673, &n675};
static dy_ynode *v677[] = {&n663, &n665, &n668, &n670, &n672, &n674, &n676};
static dy_ynode n677 = {DY_Y_MAP, {276, 5}, NULL, 0, 0, k677, v677, 7, 7, 0x101404140008ull};
static dy_ynode n678 = {DY_Y_SCALAR, {284, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n679 = {DY_Y_SCALAR, {284, 9}, (char *)"daily-backup-objects-fresh", 26, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n680 = {DY_Y_SCALAR, {285, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n681 = {DY_Y_SCALAR, {285, 10}, (char *)"backup.object_storage.last_success_at", 37, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n682 = {DY_Y_SCALAR, {286, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n683 = {DY_Y_SCALAR, {286, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v684[] = {&n683};
static dy_ynode n684 = {DY_Y_SEQ, {286, 15}, NULL, 0, 0, NULL, v684, 1, 1, 0ull};
static dy_ynode n685 = {DY_Y_SCALAR, {287, 5}, (char *)"max_age", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n686 = {DY_Y_SCALAR, {287, 14}, (char *)"26h", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n687 = {DY_Y_SCALAR, {288, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n688 = {DY_Y_SCALAR, {288, 11}, (char *)"The object storage backup must have succeeded within 26h: check the back"
    "up job and record its last success.", 107, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k689[] = {&n678, &n680, &n682, &n685, &n687};
static dy_ynode *v689[] = {&n679, &n681, &n684, &n686, &n688};
static dy_ynode n689 = {DY_Y_MAP, {284, 5}, NULL, 0, 0, k689, v689, 5, 5, 0x101408100000ull};
static dy_ynode n690 = {DY_Y_SCALAR, {290, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n691 = {DY_Y_SCALAR, {290, 9}, (char *)"daily-backup-objects-completed", 30, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n692 = {DY_Y_SCALAR, {291, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n693 = {DY_Y_SCALAR, {291, 10}, (char *)"backup.object_storage.status", 28, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n694 = {DY_Y_SCALAR, {292, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n695 = {DY_Y_SCALAR, {292, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v696[] = {&n695};
static dy_ynode n696 = {DY_Y_SEQ, {292, 15}, NULL, 0, 0, NULL, v696, 1, 1, 0ull};
static dy_ynode n697 = {DY_Y_SCALAR, {293, 5}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n698 = {DY_Y_SCALAR, {293, 13}, (char *)"completed", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n699 = {DY_Y_SCALAR, {294, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n700 = {DY_Y_SCALAR, {294, 11}, (char *)"The last object storage backup must report completed (not partially fail"
    "ed): check and rerun it.", 96, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k701[] = {&n690, &n692, &n694, &n697, &n699};
static dy_ynode *v701[] = {&n691, &n693, &n696, &n698, &n700};
static dy_ynode n701 = {DY_Y_MAP, {290, 5}, NULL, 0, 0, k701, v701, 5, 5, 0x101600100000ull};
static dy_ynode n702 = {DY_Y_SCALAR, {296, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n703 = {DY_Y_SCALAR, {296, 9}, (char *)"daily-backup-objects-retention", 30, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n704 = {DY_Y_SCALAR, {297, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n705 = {DY_Y_SCALAR, {297, 10}, (char *)"backup.object_storage.retention_days", 36, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n706 = {DY_Y_SCALAR, {298, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n707 = {DY_Y_SCALAR, {298, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v708[] = {&n707};
static dy_ynode n708 = {DY_Y_SEQ, {298, 15}, NULL, 0, 0, NULL, v708, 1, 1, 0ull};
static dy_ynode n709 = {DY_Y_SCALAR, {299, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n710 = {DY_Y_SCALAR, {299, 13}, (char *)"number", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n711 = {DY_Y_SCALAR, {300, 5}, (char *)"min", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n712 = {DY_Y_SCALAR, {300, 10}, (char *)"35", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n713 = {DY_Y_SCALAR, {301, 5}, (char *)"severity", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n714 = {DY_Y_SCALAR, {301, 15}, (char *)"warning", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n715 = {DY_Y_SCALAR, {302, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n716 = {DY_Y_SCALAR, {302, 11}, (char *)"Keep object storage backups for at least 35 days.", 49, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k717[] = {&n702, &n704, &n706, &n709, &n711, &n713, &n715};
static dy_ynode *v717[] = {&n703, &n705, &n708, &n710, &n712, &n714, &n716};
static dy_ynode n717 = {DY_Y_MAP, {296, 5}, NULL, 0, 0, k717, v717, 7, 7, 0x101404140008ull};
static dy_ynode n718 = {DY_Y_SCALAR, {304, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n719 = {DY_Y_SCALAR, {304, 9}, (char *)"daily-restore-validated", 23, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n720 = {DY_Y_SCALAR, {305, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n721 = {DY_Y_SCALAR, {305, 10}, (char *)"backup.restore.validated_at", 27, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n722 = {DY_Y_SCALAR, {306, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n723 = {DY_Y_SCALAR, {306, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v724[] = {&n723};
static dy_ynode n724 = {DY_Y_SEQ, {306, 15}, NULL, 0, 0, NULL, v724, 1, 1, 0ull};
static dy_ynode n725 = {DY_Y_SCALAR, {307, 5}, (char *)"max_age", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n726 = {DY_Y_SCALAR, {307, 14}, (char *)"31d", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n727 = {DY_Y_SCALAR, {308, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n728 = {DY_Y_SCALAR, {308, 11}, (char *)"Validate the restore procedure (restore a backup somewhere and check it)"
    " once a month.", 86, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k729[] = {&n718, &n720, &n722, &n725, &n727};
static dy_ynode *v729[] = {&n719, &n721, &n724, &n726, &n728};
static dy_ynode n729 = {DY_Y_MAP, {304, 5}, NULL, 0, 0, k729, v729, 5, 5, 0x101408100000ull};
static dy_ynode n730 = {DY_Y_SCALAR, {310, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n731 = {DY_Y_SCALAR, {310, 9}, (char *)"daily-artifact-recorded", 23, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n732 = {DY_Y_SCALAR, {311, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n733 = {DY_Y_SCALAR, {311, 10}, (char *)"deploy.last_known_good.artifact", 31, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n734 = {DY_Y_SCALAR, {312, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n735 = {DY_Y_SCALAR, {312, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v736[] = {&n735};
static dy_ynode n736 = {DY_Y_SEQ, {312, 15}, NULL, 0, 0, NULL, v736, 1, 1, 0ull};
static dy_ynode n737 = {DY_Y_SCALAR, {313, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n738 = {DY_Y_SCALAR, {313, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n739 = {DY_Y_SCALAR, {314, 5}, (char *)"pattern", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n740 = {DY_Y_SCALAR, {314, 14}, (char *)"^sha256:(\077!0{64}$)[0-9a-f]{64}$", 31, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode n741 = {DY_Y_SCALAR, {315, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n742 = {DY_Y_SCALAR, {315, 11}, (char *)"Record the last known good deployment artifact as its digest: sha256: an"
    "d 64 hex digits.", 88, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k743[] = {&n730, &n732, &n734, &n737, &n739, &n741};
static dy_ynode *v743[] = {&n731, &n733, &n736, &n738, &n740, &n742};
static dy_ynode n743 = {DY_Y_MAP, {310, 5}, NULL, 0, 0, k743, v743, 6, 6, 0x501401100000ull};
static dy_ynode n744 = {DY_Y_SCALAR, {317, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n745 = {DY_Y_SCALAR, {317, 9}, (char *)"daily-artifact-verified", 23, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n746 = {DY_Y_SCALAR, {318, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n747 = {DY_Y_SCALAR, {318, 10}, (char *)"deploy.last_known_good.verified", 31, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n748 = {DY_Y_SCALAR, {319, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n749 = {DY_Y_SCALAR, {319, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v750[] = {&n749};
static dy_ynode n750 = {DY_Y_SEQ, {319, 15}, NULL, 0, 0, NULL, v750, 1, 1, 0ull};
static dy_ynode n751 = {DY_Y_SCALAR, {320, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n752 = {DY_Y_SCALAR, {320, 9}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n753 = {DY_Y_SCALAR, {321, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n754 = {DY_Y_SCALAR, {321, 11}, (char *)"Verify that the last known good artifact can still be pulled and matches"
    " its digest.", 84, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k755[] = {&n744, &n746, &n748, &n751, &n753};
static dy_ynode *v755[] = {&n745, &n747, &n750, &n752, &n754};
static dy_ynode n755 = {DY_Y_MAP, {317, 5}, NULL, 0, 0, k755, v755, 5, 5, 0x10101400100000ull};
static dy_ynode n756 = {DY_Y_SCALAR, {323, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n757 = {DY_Y_SCALAR, {323, 9}, (char *)"daily-contact-oncall-primary", 28, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n758 = {DY_Y_SCALAR, {324, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n759 = {DY_Y_SCALAR, {324, 10}, (char *)"contacts.oncall_primary", 23, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n760 = {DY_Y_SCALAR, {325, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n761 = {DY_Y_SCALAR, {325, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v762[] = {&n761};
static dy_ynode n762 = {DY_Y_SEQ, {325, 15}, NULL, 0, 0, NULL, v762, 1, 1, 0ull};
static dy_ynode n763 = {DY_Y_SCALAR, {326, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n764 = {DY_Y_SCALAR, {326, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n765 = {DY_Y_SCALAR, {327, 5}, (char *)"differs_from", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n766 = {DY_Y_SCALAR, {327, 19}, (char *)"contacts.oncall_secondary", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n767 = {DY_Y_SCALAR, {328, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n768 = {DY_Y_SCALAR, {328, 11}, (char *)"Name the primary on-call (a person, not <fill>), someone other than the "
    "secondary.", 82, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k769[] = {&n756, &n758, &n760, &n763, &n765, &n767};
static dy_ynode *v769[] = {&n757, &n759, &n762, &n764, &n766, &n768};
static dy_ynode n769 = {DY_Y_MAP, {323, 5}, NULL, 0, 0, k769, v769, 6, 6, 0x501400100004ull};
static dy_ynode n770 = {DY_Y_SCALAR, {330, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n771 = {DY_Y_SCALAR, {330, 9}, (char *)"daily-contact-oncall-secondary", 30, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n772 = {DY_Y_SCALAR, {331, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n773 = {DY_Y_SCALAR, {331, 10}, (char *)"contacts.oncall_secondary", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n774 = {DY_Y_SCALAR, {332, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n775 = {DY_Y_SCALAR, {332, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v776[] = {&n775};
static dy_ynode n776 = {DY_Y_SEQ, {332, 15}, NULL, 0, 0, NULL, v776, 1, 1, 0ull};
static dy_ynode n777 = {DY_Y_SCALAR, {333, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n778 = {DY_Y_SCALAR, {333, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n779 = {DY_Y_SCALAR, {334, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n780 = {DY_Y_SCALAR, {334, 11}, (char *)"Name the secondary on-call (a person, not <fill>).", 50, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k781[] = {&n770, &n772, &n774, &n777, &n779};
static dy_ynode *v781[] = {&n771, &n773, &n776, &n778, &n780};
static dy_ynode n781 = {DY_Y_MAP, {330, 5}, NULL, 0, 0, k781, v781, 5, 5, 0x501400100000ull};
static dy_ynode n782 = {DY_Y_SCALAR, {336, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n783 = {DY_Y_SCALAR, {336, 9}, (char *)"daily-contact-status-page-admin", 31, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n784 = {DY_Y_SCALAR, {337, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n785 = {DY_Y_SCALAR, {337, 10}, (char *)"contacts.status_page_admin", 26, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n786 = {DY_Y_SCALAR, {338, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n787 = {DY_Y_SCALAR, {338, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v788[] = {&n787};
static dy_ynode n788 = {DY_Y_SEQ, {338, 15}, NULL, 0, 0, NULL, v788, 1, 1, 0ull};
static dy_ynode n789 = {DY_Y_SCALAR, {339, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n790 = {DY_Y_SCALAR, {339, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n791 = {DY_Y_SCALAR, {340, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n792 = {DY_Y_SCALAR, {340, 11}, (char *)"Name who can publish on the status page.", 40, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k793[] = {&n782, &n784, &n786, &n789, &n791};
static dy_ynode *v793[] = {&n783, &n785, &n788, &n790, &n792};
static dy_ynode n793 = {DY_Y_MAP, {336, 5}, NULL, 0, 0, k793, v793, 5, 5, 0x501400100000ull};
static dy_ynode n794 = {DY_Y_SCALAR, {342, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n795 = {DY_Y_SCALAR, {342, 9}, (char *)"daily-contact-security", 22, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n796 = {DY_Y_SCALAR, {343, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n797 = {DY_Y_SCALAR, {343, 10}, (char *)"contacts.security", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n798 = {DY_Y_SCALAR, {344, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n799 = {DY_Y_SCALAR, {344, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v800[] = {&n799};
static dy_ynode n800 = {DY_Y_SEQ, {344, 15}, NULL, 0, 0, NULL, v800, 1, 1, 0ull};
static dy_ynode n801 = {DY_Y_SCALAR, {345, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n802 = {DY_Y_SCALAR, {345, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n803 = {DY_Y_SCALAR, {346, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n804 = {DY_Y_SCALAR, {346, 11}, (char *)"Name the security contact.", 26, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k805[] = {&n794, &n796, &n798, &n801, &n803};
static dy_ynode *v805[] = {&n795, &n797, &n800, &n802, &n804};
static dy_ynode n805 = {DY_Y_MAP, {342, 5}, NULL, 0, 0, k805, v805, 5, 5, 0x501400100000ull};
static dy_ynode n806 = {DY_Y_SCALAR, {348, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n807 = {DY_Y_SCALAR, {348, 9}, (char *)"daily-banlist-growth", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n808 = {DY_Y_SCALAR, {349, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n809 = {DY_Y_SCALAR, {349, 10}, (char *)"abuse.banlist.added_24h", 23, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n810 = {DY_Y_SCALAR, {350, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n811 = {DY_Y_SCALAR, {350, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v812[] = {&n811};
static dy_ynode n812 = {DY_Y_SEQ, {350, 15}, NULL, 0, 0, NULL, v812, 1, 1, 0ull};
static dy_ynode n813 = {DY_Y_SCALAR, {351, 5}, (char *)"ratio", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n814 = {DY_Y_SCALAR, {351, 13}, (char *)"of", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n815 = {DY_Y_SCALAR, {351, 17}, (char *)"abuse.banlist.added_24h_baseline", 32, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n816 = {DY_Y_SCALAR, {351, 51}, (char *)"max", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n817 = {DY_Y_SCALAR, {351, 56}, (char *)"3", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k818[] = {&n814, &n816};
static dy_ynode *v818[] = {&n815, &n817};
static dy_ynode n818 = {DY_Y_MAP, {351, 12}, NULL, 0, 0, k818, v818, 2, 2, 0x200008000000ull};
static dy_ynode n819 = {DY_Y_SCALAR, {352, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n820 = {DY_Y_SCALAR, {352, 11}, (char *)"Record the IP-hash banlist's growth over the last day and its usual dail"
    "y growth; above 3x the usual, review the new bans.", 122, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k821[] = {&n806, &n808, &n810, &n813, &n819};
static dy_ynode *v821[] = {&n807, &n809, &n812, &n818, &n820};
static dy_ynode n821 = {DY_Y_MAP, {348, 5}, NULL, 0, 0, k821, v821, 5, 5, 0x109400100000ull};
static dy_ynode n822 = {DY_Y_SCALAR, {354, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n823 = {DY_Y_SCALAR, {354, 9}, (char *)"daily-audit-reviewed", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n824 = {DY_Y_SCALAR, {355, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n825 = {DY_Y_SCALAR, {355, 10}, (char *)"audit.reviewed_at", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n826 = {DY_Y_SCALAR, {356, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n827 = {DY_Y_SCALAR, {356, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v828[] = {&n827};
static dy_ynode n828 = {DY_Y_SEQ, {356, 15}, NULL, 0, 0, NULL, v828, 1, 1, 0ull};
static dy_ynode n829 = {DY_Y_SCALAR, {357, 5}, (char *)"max_age", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n830 = {DY_Y_SCALAR, {357, 14}, (char *)"24h", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n831 = {DY_Y_SCALAR, {358, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n832 = {DY_Y_SCALAR, {358, 11}, (char *)"Review the audit log for admin and support access every day, then record"
    " when.", 78, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k833[] = {&n822, &n824, &n826, &n829, &n831};
static dy_ynode *v833[] = {&n823, &n825, &n828, &n830, &n832};
static dy_ynode n833 = {DY_Y_MAP, {354, 5}, NULL, 0, 0, k833, v833, 5, 5, 0x101408100000ull};
static dy_ynode n834 = {DY_Y_SCALAR, {362, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n835 = {DY_Y_SCALAR, {362, 9}, (char *)"daily-audit-reason", 18, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n836 = {DY_Y_SCALAR, {363, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n837 = {DY_Y_SCALAR, {363, 10}, (char *)"audit.events", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n838 = {DY_Y_SCALAR, {364, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n839 = {DY_Y_SCALAR, {364, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v840[] = {&n839};
static dy_ynode n840 = {DY_Y_SEQ, {364, 15}, NULL, 0, 0, NULL, v840, 1, 1, 0ull};
static dy_ynode n841 = {DY_Y_SCALAR, {365, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n842 = {DY_Y_SCALAR, {365, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n843 = {DY_Y_SCALAR, {365, 17}, (char *)"reason", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n844 = {DY_Y_SCALAR, {365, 25}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n845 = {DY_Y_SCALAR, {365, 39}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n846 = {DY_Y_SCALAR, {365, 45}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n847 = {DY_Y_SCALAR, {365, 57}, (char *)"20", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k848[] = {&n842, &n844, &n846};
static dy_ynode *v848[] = {&n843, &n845, &n847};
static dy_ynode n848 = {DY_Y_MAP, {365, 11}, NULL, 0, 0, k848, v848, 3, 3, 0x400404000000ull};
static dy_ynode n849 = {DY_Y_SCALAR, {366, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n850 = {DY_Y_SCALAR, {366, 11}, (char *)"Every admin or support access needs a real reason (20 characters or more"
    "): ask the actor and record it.", 103, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k851[] = {&n834, &n836, &n838, &n841, &n849};
static dy_ynode *v851[] = {&n835, &n837, &n840, &n848, &n850};
static dy_ynode n851 = {DY_Y_MAP, {362, 5}, NULL, 0, 0, k851, v851, 5, 5, 0x101500100000ull};
static dy_ynode n852 = {DY_Y_SCALAR, {368, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n853 = {DY_Y_SCALAR, {368, 9}, (char *)"daily-audit-ticket", 18, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n854 = {DY_Y_SCALAR, {369, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n855 = {DY_Y_SCALAR, {369, 10}, (char *)"audit.events", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n856 = {DY_Y_SCALAR, {370, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n857 = {DY_Y_SCALAR, {370, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v858[] = {&n857};
static dy_ynode n858 = {DY_Y_SEQ, {370, 15}, NULL, 0, 0, NULL, v858, 1, 1, 0ull};
static dy_ynode n859 = {DY_Y_SCALAR, {371, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n860 = {DY_Y_SCALAR, {371, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n861 = {DY_Y_SCALAR, {371, 17}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n862 = {DY_Y_SCALAR, {371, 25}, (char *)"pattern", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n863 = {DY_Y_SCALAR, {371, 34}, (char *)"^(SUP|INC)-[0-9]+$", 18, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k864[] = {&n860, &n862};
static dy_ynode *v864[] = {&n861, &n863};
static dy_ynode n864 = {DY_Y_MAP, {371, 11}, NULL, 0, 0, k864, v864, 2, 2, 0x401000000ull};
static dy_ynode n865 = {DY_Y_SCALAR, {372, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n866 = {DY_Y_SCALAR, {372, 11}, (char *)"Every admin or support access needs a ticket (SUP-123 or INC-45).", 65, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k867[] = {&n852, &n854, &n856, &n859, &n865};
static dy_ynode *v867[] = {&n853, &n855, &n858, &n864, &n866};
static dy_ynode n867 = {DY_Y_MAP, {368, 5}, NULL, 0, 0, k867, v867, 5, 5, 0x101500100000ull};
static dy_ynode n868 = {DY_Y_SCALAR, {374, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n869 = {DY_Y_SCALAR, {374, 9}, (char *)"daily-audit-hours", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n870 = {DY_Y_SCALAR, {375, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n871 = {DY_Y_SCALAR, {375, 10}, (char *)"audit.events", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n872 = {DY_Y_SCALAR, {376, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n873 = {DY_Y_SCALAR, {376, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v874[] = {&n873};
static dy_ynode n874 = {DY_Y_SEQ, {376, 15}, NULL, 0, 0, NULL, v874, 1, 1, 0ull};
static dy_ynode n875 = {DY_Y_SCALAR, {377, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n876 = {DY_Y_SCALAR, {377, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n877 = {DY_Y_SCALAR, {377, 17}, (char *)"time", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n878 = {DY_Y_SCALAR, {377, 23}, (char *)"hours", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n879 = {DY_Y_SCALAR, {377, 31}, (char *)"from", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n880 = {DY_Y_SCALAR, {377, 37}, (char *)"07:00", 5, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode n881 = {DY_Y_SCALAR, {377, 46}, (char *)"to", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n882 = {DY_Y_SCALAR, {377, 50}, (char *)"20:00", 5, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode n883 = {DY_Y_SCALAR, {377, 59}, (char *)"offset", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n884 = {DY_Y_SCALAR, {377, 67}, (char *)"+00:00", 6, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k885[] = {&n879, &n881, &n883};
static dy_ynode *v885[] = {&n880, &n882, &n884};
static dy_ynode n885 = {DY_Y_MAP, {377, 30}, NULL, 0, 0, k885, v885, 3, 3, 0x800100001000ull};
static dy_ynode *k886[] = {&n876, &n878};
static dy_ynode *v886[] = {&n877, &n885};
static dy_ynode n886 = {DY_Y_MAP, {377, 11}, NULL, 0, 0, k886, v886, 2, 2, 0x1000000400000000ull};
static dy_ynode n887 = {DY_Y_SCALAR, {378, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n888 = {DY_Y_SCALAR, {378, 11}, (char *)"Staff access belongs within 07:00-20:00 UTC: find out why it happened ou"
    "tside (an incident has a ticket).", 105, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k889[] = {&n868, &n870, &n872, &n875, &n887};
static dy_ynode *v889[] = {&n869, &n871, &n874, &n886, &n888};
static dy_ynode n889 = {DY_Y_MAP, {374, 5}, NULL, 0, 0, k889, v889, 5, 5, 0x101500100000ull};
static dy_ynode n890 = {DY_Y_SCALAR, {380, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n891 = {DY_Y_SCALAR, {380, 9}, (char *)"daily-audit-actor-volume", 24, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n892 = {DY_Y_SCALAR, {381, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n893 = {DY_Y_SCALAR, {381, 10}, (char *)"audit.events", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n894 = {DY_Y_SCALAR, {382, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n895 = {DY_Y_SCALAR, {382, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v896[] = {&n895};
static dy_ynode n896 = {DY_Y_SEQ, {382, 15}, NULL, 0, 0, NULL, v896, 1, 1, 0ull};
static dy_ynode n897 = {DY_Y_SCALAR, {383, 5}, (char *)"count_by", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n898 = {DY_Y_SCALAR, {383, 16}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n899 = {DY_Y_SCALAR, {383, 21}, (char *)"actor", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n900 = {DY_Y_SCALAR, {383, 28}, (char *)"max", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n901 = {DY_Y_SCALAR, {383, 33}, (char *)"3", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n902 = {DY_Y_SCALAR, {383, 36}, (char *)"of", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n903 = {DY_Y_SCALAR, {383, 40}, (char *)"audit.actor_baseline", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k904[] = {&n898, &n900, &n902};
static dy_ynode *v904[] = {&n899, &n901, &n903};
static dy_ynode n904 = {DY_Y_MAP, {383, 15}, NULL, 0, 0, k904, v904, 3, 3, 0x200408000000ull};
static dy_ynode n905 = {DY_Y_SCALAR, {384, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n906 = {DY_Y_SCALAR, {384, 11}, (char *)"One actor may take at most 3x audit.actor_baseline staff actions a day: "
    "review the actions of one above it.", 107, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k907[] = {&n890, &n892, &n894, &n897, &n905};
static dy_ynode *v907[] = {&n891, &n893, &n896, &n904, &n906};
static dy_ynode n907 = {DY_Y_MAP, {380, 5}, NULL, 0, 0, k907, v907, 5, 5, 0x40101400100000ull};
static dy_ynode n908 = {DY_Y_SCALAR, {389, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n909 = {DY_Y_SCALAR, {389, 9}, (char *)"daily-plans-define-ingest", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n910 = {DY_Y_SCALAR, {390, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n911 = {DY_Y_SCALAR, {390, 10}, (char *)"limits.plans", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n912 = {DY_Y_SCALAR, {391, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n913 = {DY_Y_SCALAR, {391, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v914[] = {&n913};
static dy_ynode n914 = {DY_Y_SEQ, {391, 15}, NULL, 0, 0, NULL, v914, 1, 1, 0ull};
static dy_ynode n915 = {DY_Y_SCALAR, {392, 5}, (char *)"min_items", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n916 = {DY_Y_SCALAR, {392, 16}, (char *)"1", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n917 = {DY_Y_SCALAR, {393, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n918 = {DY_Y_SCALAR, {393, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n919 = {DY_Y_SCALAR, {393, 17}, (char *)"limits.ingest", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k920[] = {&n918};
static dy_ynode *v920[] = {&n919};
static dy_ynode n920 = {DY_Y_MAP, {393, 11}, NULL, 0, 0, k920, v920, 1, 1, 0x400000000ull};
static dy_ynode n921 = {DY_Y_SCALAR, {394, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n922 = {DY_Y_SCALAR, {394, 11}, (char *)"Every plan needs an ingest limit, or its tenants ingest without one.", 68, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k923[] = {&n908, &n910, &n912, &n915, &n917, &n921};
static dy_ynode *v923[] = {&n909, &n911, &n914, &n916, &n920, &n922};
static dy_ynode n923 = {DY_Y_MAP, {389, 5}, NULL, 0, 0, k923, v923, 6, 6, 0x101504100000ull};
static dy_ynode n924 = {DY_Y_SCALAR, {396, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n925 = {DY_Y_SCALAR, {396, 9}, (char *)"daily-limits-enforced", 21, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n926 = {DY_Y_SCALAR, {397, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n927 = {DY_Y_SCALAR, {397, 10}, (char *)"limits.counts", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n928 = {DY_Y_SCALAR, {398, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n929 = {DY_Y_SCALAR, {398, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v930[] = {&n929};
static dy_ynode n930 = {DY_Y_SEQ, {398, 15}, NULL, 0, 0, NULL, v930, 1, 1, 0ull};
static dy_ynode n931 = {DY_Y_SCALAR, {399, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n932 = {DY_Y_SCALAR, {399, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n933 = {DY_Y_SCALAR, {400, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n934 = {DY_Y_SCALAR, {400, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n935 = {DY_Y_SCALAR, {400, 17}, (char *)"allowed", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n936 = {DY_Y_SCALAR, {400, 26}, (char *)"ratio", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n937 = {DY_Y_SCALAR, {400, 34}, (char *)"of", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n938 = {DY_Y_SCALAR, {400, 38}, (char *)"allowance", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n939 = {DY_Y_SCALAR, {400, 49}, (char *)"max", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n940 = {DY_Y_SCALAR, {400, 54}, (char *)"1", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k941[] = {&n937, &n939};
static dy_ynode *v941[] = {&n938, &n940};
static dy_ynode n941 = {DY_Y_MAP, {400, 33}, NULL, 0, 0, k941, v941, 2, 2, 0x200008000000ull};
static dy_ynode *k942[] = {&n934, &n936};
static dy_ynode *v942[] = {&n935, &n941};
static dy_ynode n942 = {DY_Y_MAP, {400, 11}, NULL, 0, 0, k942, v942, 2, 2, 0x8400000000ull};
static dy_ynode n943 = {DY_Y_SCALAR, {401, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n944 = {DY_Y_SCALAR, {401, 11}, (char *)"The limiter must deny what exceeds a plan (allowed at most the allowance"
    "): an excess means the limit is not enforced.", 117, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k945[] = {&n924, &n926, &n928, &n931, &n933, &n943};
static dy_ynode *v945[] = {&n925, &n927, &n930, &n932, &n942, &n944};
static dy_ynode n945 = {DY_Y_MAP, {396, 5}, NULL, 0, 0, k945, v945, 6, 6, 0x101500100008ull};
static dy_ynode *v946[] = {&n96, &n109, &n122, &n135, &n148, &n161, &n175, &n192, &n208, &n227, &n245, &n265, &n286, &n308, &n328, &n360, &n393, &n413, &n431, &n455, &n473, &n491, &n519, &n537, &n569, &n593, &n617, &n637, &n649, &n661, &n677, &n689, &n701, &n717, &n729, &n743, &n755, &n769, &n781, &n793, &n805, &n821, &n833, &n851, &n867, &n889, &n907, &n923, &n945};
static dy_ynode n946 = {DY_Y_SEQ, {60, 3}, NULL, 0, 0, NULL, v946, 49, 49, 0ull};
static dy_ynode n947 = {DY_Y_SCALAR, {406, 1}, (char *)"secrets", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n948 = {DY_Y_SCALAR, {407, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n949 = {DY_Y_SCALAR, {407, 10}, (char *)"SECRET_KEY", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n950 = {DY_Y_SCALAR, {408, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n951 = {DY_Y_SCALAR, {408, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n952 = {DY_Y_SCALAR, {409, 5}, (char *)"min_entropy", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n953 = {DY_Y_SCALAR, {409, 18}, (char *)"96", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n954 = {DY_Y_SCALAR, {410, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n955 = {DY_Y_SCALAR, {410, 11}, (char *)"Generate one with: openssl rand -base64 48", 42, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k956[] = {&n948, &n950, &n952, &n954};
static dy_ynode *v956[] = {&n949, &n951, &n953, &n955};
static dy_ynode n956 = {DY_Y_MAP, {407, 5}, NULL, 0, 0, k956, v956, 4, 4, 0x404100000ull};
static dy_ynode n957 = {DY_Y_SCALAR, {412, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n958 = {DY_Y_SCALAR, {412, 10}, (char *)"DATABASE_URL", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n959 = {DY_Y_SCALAR, {413, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n960 = {DY_Y_SCALAR, {413, 13}, (char *)"database_url", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n961 = {DY_Y_SCALAR, {414, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n962 = {DY_Y_SCALAR, {414, 11}, (char *)"e.g. postgresql://user@db.internal:5432/app", 43, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k963[] = {&n957, &n959, &n961};
static dy_ynode *v963[] = {&n958, &n960, &n962};
static dy_ynode n963 = {DY_Y_MAP, {412, 5}, NULL, 0, 0, k963, v963, 3, 3, 0x400140000ull};
static dy_ynode n964 = {DY_Y_SCALAR, {416, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n965 = {DY_Y_SCALAR, {416, 10}, (char *)"INTEGRATION_ENCRYPTION_KEY", 26, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n966 = {DY_Y_SCALAR, {417, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n967 = {DY_Y_SCALAR, {417, 13}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n968 = {DY_Y_SCALAR, {418, 5}, (char *)"decoded_bytes", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n969 = {DY_Y_SCALAR, {418, 20}, (char *)"32", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n970 = {DY_Y_SCALAR, {419, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n971 = {DY_Y_SCALAR, {419, 11}, (char *)"32 random bytes, base64 or hex: openssl rand -base64 32", 55, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k972[] = {&n964, &n966, &n968, &n970};
static dy_ynode *v972[] = {&n965, &n967, &n969, &n971};
static dy_ynode n972 = {DY_Y_MAP, {416, 5}, NULL, 0, 0, k972, v972, 4, 4, 0x1000400140000ull};
static dy_ynode n973 = {DY_Y_SCALAR, {421, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n974 = {DY_Y_SCALAR, {421, 10}, (char *)"STRIPE_SECRET_KEY", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n975 = {DY_Y_SCALAR, {422, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n976 = {DY_Y_SCALAR, {422, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n977 = {DY_Y_SCALAR, {422, 18}, (char *)"billing", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k978[] = {&n976};
static dy_ynode *v978[] = {&n977};
static dy_ynode n978 = {DY_Y_MAP, {422, 11}, NULL, 0, 0, k978, v978, 1, 1, 0x800000000ull};
static dy_ynode n979 = {DY_Y_SCALAR, {423, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n980 = {DY_Y_SCALAR, {423, 13}, (char *)"stripe_secret_key", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n981 = {DY_Y_SCALAR, {424, 5}, (char *)"stripe_mode", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n982 = {DY_Y_SCALAR, {424, 18}, (char *)"true", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n983 = {DY_Y_SCALAR, {425, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n984 = {DY_Y_SCALAR, {425, 11}, (char *)"From the Stripe dashboard: Developers > API keys.", 49, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k985[] = {&n973, &n975, &n979, &n981, &n983};
static dy_ynode *v985[] = {&n974, &n978, &n980, &n982, &n984};
static dy_ynode n985 = {DY_Y_MAP, {421, 5}, NULL, 0, 0, k985, v985, 5, 5, 0x402140040ull};
static dy_ynode n986 = {DY_Y_SCALAR, {427, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n987 = {DY_Y_SCALAR, {427, 10}, (char *)"STRIPE_WEBHOOK_SECRET", 21, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n988 = {DY_Y_SCALAR, {428, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n989 = {DY_Y_SCALAR, {428, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n990 = {DY_Y_SCALAR, {428, 18}, (char *)"billing", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k991[] = {&n989};
static dy_ynode *v991[] = {&n990};
static dy_ynode n991 = {DY_Y_MAP, {428, 11}, NULL, 0, 0, k991, v991, 1, 1, 0x800000000ull};
static dy_ynode n992 = {DY_Y_SCALAR, {429, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n993 = {DY_Y_SCALAR, {429, 13}, (char *)"stripe_webhook_secret", 21, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n994 = {DY_Y_SCALAR, {430, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n995 = {DY_Y_SCALAR, {430, 11}, (char *)"The whsec_... signing secret of the webhook endpoint.", 53, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k996[] = {&n986, &n988, &n992, &n994};
static dy_ynode *v996[] = {&n987, &n991, &n993, &n995};
static dy_ynode n996 = {DY_Y_MAP, {427, 5}, NULL, 0, 0, k996, v996, 4, 4, 0x400140040ull};
static dy_ynode n997 = {DY_Y_SCALAR, {432, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n998 = {DY_Y_SCALAR, {432, 10}, (char *)"ZERO_TRUST_API_KEY", 18, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n999 = {DY_Y_SCALAR, {433, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1000 = {DY_Y_SCALAR, {433, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1001 = {DY_Y_SCALAR, {433, 18}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1002[] = {&n1000};
static dy_ynode *v1002[] = {&n1001};
static dy_ynode n1002 = {DY_Y_MAP, {433, 11}, NULL, 0, 0, k1002, v1002, 1, 1, 0x800000000ull};
static dy_ynode n1003 = {DY_Y_SCALAR, {434, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1004 = {DY_Y_SCALAR, {434, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1005[] = {&n997, &n999, &n1003};
static dy_ynode *v1005[] = {&n998, &n1002, &n1004};
static dy_ynode n1005 = {DY_Y_MAP, {432, 5}, NULL, 0, 0, k1005, v1005, 3, 3, 0x404000040ull};
static dy_ynode n1006 = {DY_Y_SCALAR, {438, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1007 = {DY_Y_SCALAR, {438, 10}, (char *)"SSO_CLIENT_ID", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1008 = {DY_Y_SCALAR, {439, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1009 = {DY_Y_SCALAR, {439, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1010 = {DY_Y_SCALAR, {439, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1011 = {DY_Y_SCALAR, {439, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1012[] = {&n1010};
static dy_ynode *v1012[] = {&n1011};
static dy_ynode n1012 = {DY_Y_MAP, {439, 18}, NULL, 0, 0, k1012, v1012, 1, 1, 0x800000000ull};
static dy_ynode n1013 = {DY_Y_SCALAR, {439, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1014 = {DY_Y_SCALAR, {439, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1015 = {DY_Y_SCALAR, {439, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1016 = {DY_Y_SCALAR, {439, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1017 = {DY_Y_SCALAR, {439, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1018[] = {&n1014, &n1016};
static dy_ynode *v1018[] = {&n1015, &n1017};
static dy_ynode n1018 = {DY_Y_MAP, {439, 38}, NULL, 0, 0, k1018, v1018, 2, 2, 0x140ull};
static dy_ynode n1019 = {DY_Y_SCALAR, {439, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1020 = {DY_Y_SCALAR, {439, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1021 = {DY_Y_SCALAR, {439, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1022 = {DY_Y_SCALAR, {439, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1023[] = {&n1019, &n1021};
static dy_ynode *v1023[] = {&n1020, &n1022};
static dy_ynode n1023 = {DY_Y_MAP, {439, 71}, NULL, 0, 0, k1023, v1023, 2, 2, 0x200000100ull};
static dy_ynode *v1024[] = {&n1018, &n1023};
static dy_ynode n1024 = {DY_Y_SEQ, {439, 37}, NULL, 0, 0, NULL, v1024, 2, 2, 0ull};
static dy_ynode *k1025[] = {&n1013};
static dy_ynode *v1025[] = {&n1024};
static dy_ynode n1025 = {DY_Y_MAP, {439, 31}, NULL, 0, 0, k1025, v1025, 1, 1, 0x80000ull};
static dy_ynode *v1026[] = {&n1012, &n1025};
static dy_ynode n1026 = {DY_Y_SEQ, {439, 17}, NULL, 0, 0, NULL, v1026, 2, 2, 0ull};
static dy_ynode *k1027[] = {&n1009};
static dy_ynode *v1027[] = {&n1026};
static dy_ynode n1027 = {DY_Y_MAP, {439, 11}, NULL, 0, 0, k1027, v1027, 1, 1, 0x100000000000ull};
static dy_ynode *k1028[] = {&n1006, &n1008};
static dy_ynode *v1028[] = {&n1007, &n1027};
static dy_ynode n1028 = {DY_Y_MAP, {438, 5}, NULL, 0, 0, k1028, v1028, 2, 2, 0x400000040ull};
static dy_ynode n1029 = {DY_Y_SCALAR, {441, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1030 = {DY_Y_SCALAR, {441, 10}, (char *)"SSO_CLIENT_SECRET", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1031 = {DY_Y_SCALAR, {442, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1032 = {DY_Y_SCALAR, {442, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1033 = {DY_Y_SCALAR, {442, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1034 = {DY_Y_SCALAR, {442, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1035[] = {&n1033};
static dy_ynode *v1035[] = {&n1034};
static dy_ynode n1035 = {DY_Y_MAP, {442, 18}, NULL, 0, 0, k1035, v1035, 1, 1, 0x800000000ull};
static dy_ynode n1036 = {DY_Y_SCALAR, {442, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1037 = {DY_Y_SCALAR, {442, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1038 = {DY_Y_SCALAR, {442, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1039 = {DY_Y_SCALAR, {442, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1040 = {DY_Y_SCALAR, {442, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1041[] = {&n1037, &n1039};
static dy_ynode *v1041[] = {&n1038, &n1040};
static dy_ynode n1041 = {DY_Y_MAP, {442, 38}, NULL, 0, 0, k1041, v1041, 2, 2, 0x140ull};
static dy_ynode n1042 = {DY_Y_SCALAR, {442, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1043 = {DY_Y_SCALAR, {442, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1044 = {DY_Y_SCALAR, {442, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1045 = {DY_Y_SCALAR, {442, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1046[] = {&n1042, &n1044};
static dy_ynode *v1046[] = {&n1043, &n1045};
static dy_ynode n1046 = {DY_Y_MAP, {442, 71}, NULL, 0, 0, k1046, v1046, 2, 2, 0x200000100ull};
static dy_ynode *v1047[] = {&n1041, &n1046};
static dy_ynode n1047 = {DY_Y_SEQ, {442, 37}, NULL, 0, 0, NULL, v1047, 2, 2, 0ull};
static dy_ynode *k1048[] = {&n1036};
static dy_ynode *v1048[] = {&n1047};
static dy_ynode n1048 = {DY_Y_MAP, {442, 31}, NULL, 0, 0, k1048, v1048, 1, 1, 0x80000ull};
static dy_ynode *v1049[] = {&n1035, &n1048};
static dy_ynode n1049 = {DY_Y_SEQ, {442, 17}, NULL, 0, 0, NULL, v1049, 2, 2, 0ull};
static dy_ynode *k1050[] = {&n1032};
static dy_ynode *v1050[] = {&n1049};
static dy_ynode n1050 = {DY_Y_MAP, {442, 11}, NULL, 0, 0, k1050, v1050, 1, 1, 0x100000000000ull};
static dy_ynode n1051 = {DY_Y_SCALAR, {443, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1052 = {DY_Y_SCALAR, {443, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1053[] = {&n1029, &n1031, &n1051};
static dy_ynode *v1053[] = {&n1030, &n1050, &n1052};
static dy_ynode n1053 = {DY_Y_MAP, {441, 5}, NULL, 0, 0, k1053, v1053, 3, 3, 0x404000040ull};
static dy_ynode n1054 = {DY_Y_SCALAR, {445, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1055 = {DY_Y_SCALAR, {445, 10}, (char *)"SSO_ISSUER_URL", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1056 = {DY_Y_SCALAR, {446, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1057 = {DY_Y_SCALAR, {446, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1058 = {DY_Y_SCALAR, {446, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1059 = {DY_Y_SCALAR, {446, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1060[] = {&n1058};
static dy_ynode *v1060[] = {&n1059};
static dy_ynode n1060 = {DY_Y_MAP, {446, 18}, NULL, 0, 0, k1060, v1060, 1, 1, 0x800000000ull};
static dy_ynode n1061 = {DY_Y_SCALAR, {446, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1062 = {DY_Y_SCALAR, {446, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1063 = {DY_Y_SCALAR, {446, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1064 = {DY_Y_SCALAR, {446, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1065 = {DY_Y_SCALAR, {446, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1066[] = {&n1062, &n1064};
static dy_ynode *v1066[] = {&n1063, &n1065};
static dy_ynode n1066 = {DY_Y_MAP, {446, 38}, NULL, 0, 0, k1066, v1066, 2, 2, 0x140ull};
static dy_ynode n1067 = {DY_Y_SCALAR, {446, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1068 = {DY_Y_SCALAR, {446, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1069 = {DY_Y_SCALAR, {446, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1070 = {DY_Y_SCALAR, {446, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1071[] = {&n1067, &n1069};
static dy_ynode *v1071[] = {&n1068, &n1070};
static dy_ynode n1071 = {DY_Y_MAP, {446, 71}, NULL, 0, 0, k1071, v1071, 2, 2, 0x200000100ull};
static dy_ynode *v1072[] = {&n1066, &n1071};
static dy_ynode n1072 = {DY_Y_SEQ, {446, 37}, NULL, 0, 0, NULL, v1072, 2, 2, 0ull};
static dy_ynode *k1073[] = {&n1061};
static dy_ynode *v1073[] = {&n1072};
static dy_ynode n1073 = {DY_Y_MAP, {446, 31}, NULL, 0, 0, k1073, v1073, 1, 1, 0x80000ull};
static dy_ynode *v1074[] = {&n1060, &n1073};
static dy_ynode n1074 = {DY_Y_SEQ, {446, 17}, NULL, 0, 0, NULL, v1074, 2, 2, 0ull};
static dy_ynode *k1075[] = {&n1057};
static dy_ynode *v1075[] = {&n1074};
static dy_ynode n1075 = {DY_Y_MAP, {446, 11}, NULL, 0, 0, k1075, v1075, 1, 1, 0x100000000000ull};
static dy_ynode n1076 = {DY_Y_SCALAR, {447, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1077 = {DY_Y_SCALAR, {447, 13}, (char *)"url", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1078 = {DY_Y_SCALAR, {448, 5}, (char *)"schemes", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1079 = {DY_Y_SCALAR, {448, 15}, (char *)"https", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1080[] = {&n1079};
static dy_ynode n1080 = {DY_Y_SEQ, {448, 14}, NULL, 0, 0, NULL, v1080, 1, 1, 0ull};
static dy_ynode n1081 = {DY_Y_SCALAR, {449, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1082 = {DY_Y_SCALAR, {449, 11}, (char *)"The identity provider's issuer, e.g. https://login.example.com/", 63, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1083[] = {&n1054, &n1056, &n1076, &n1078, &n1081};
static dy_ynode *v1083[] = {&n1055, &n1075, &n1077, &n1080, &n1082};
static dy_ynode n1083 = {DY_Y_MAP, {445, 5}, NULL, 0, 0, k1083, v1083, 5, 5, 0x2000000400140040ull};
static dy_ynode n1084 = {DY_Y_SCALAR, {451, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1085 = {DY_Y_SCALAR, {451, 10}, (char *)"SSO_SAML_IDP_METADATA_URL", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1086 = {DY_Y_SCALAR, {452, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1087 = {DY_Y_SCALAR, {452, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1088 = {DY_Y_SCALAR, {452, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1089 = {DY_Y_SCALAR, {452, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1090[] = {&n1088};
static dy_ynode *v1090[] = {&n1089};
static dy_ynode n1090 = {DY_Y_MAP, {452, 18}, NULL, 0, 0, k1090, v1090, 1, 1, 0x800000000ull};
static dy_ynode n1091 = {DY_Y_SCALAR, {452, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1092 = {DY_Y_SCALAR, {452, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1093 = {DY_Y_SCALAR, {452, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1094 = {DY_Y_SCALAR, {452, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1095[] = {&n1091, &n1093};
static dy_ynode *v1095[] = {&n1092, &n1094};
static dy_ynode n1095 = {DY_Y_MAP, {452, 31}, NULL, 0, 0, k1095, v1095, 2, 2, 0x200000100ull};
static dy_ynode *v1096[] = {&n1090, &n1095};
static dy_ynode n1096 = {DY_Y_SEQ, {452, 17}, NULL, 0, 0, NULL, v1096, 2, 2, 0ull};
static dy_ynode *k1097[] = {&n1087};
static dy_ynode *v1097[] = {&n1096};
static dy_ynode n1097 = {DY_Y_MAP, {452, 11}, NULL, 0, 0, k1097, v1097, 1, 1, 0x100000000000ull};
static dy_ynode n1098 = {DY_Y_SCALAR, {453, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1099 = {DY_Y_SCALAR, {453, 13}, (char *)"url", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1100 = {DY_Y_SCALAR, {454, 5}, (char *)"schemes", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1101 = {DY_Y_SCALAR, {454, 15}, (char *)"https", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1102[] = {&n1101};
static dy_ynode n1102 = {DY_Y_SEQ, {454, 14}, NULL, 0, 0, NULL, v1102, 1, 1, 0ull};
static dy_ynode n1103 = {DY_Y_SCALAR, {455, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1104 = {DY_Y_SCALAR, {455, 11}, (char *)"The identity provider's SAML metadata URL, e.g. https://idp.example.com/"
    "saml/metadata", 85, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1105[] = {&n1084, &n1086, &n1098, &n1100, &n1103};
static dy_ynode *v1105[] = {&n1085, &n1097, &n1099, &n1102, &n1104};
static dy_ynode n1105 = {DY_Y_MAP, {451, 5}, NULL, 0, 0, k1105, v1105, 5, 5, 0x2000000400140040ull};
static dy_ynode n1106 = {DY_Y_SCALAR, {459, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1107 = {DY_Y_SCALAR, {459, 10}, (char *)"SSO_SAML_SP_PRIVATE_KEY", 23, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1108 = {DY_Y_SCALAR, {460, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1109 = {DY_Y_SCALAR, {460, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1110 = {DY_Y_SCALAR, {460, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1111 = {DY_Y_SCALAR, {460, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1112[] = {&n1110};
static dy_ynode *v1112[] = {&n1111};
static dy_ynode n1112 = {DY_Y_MAP, {460, 18}, NULL, 0, 0, k1112, v1112, 1, 1, 0x800000000ull};
static dy_ynode n1113 = {DY_Y_SCALAR, {460, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1114 = {DY_Y_SCALAR, {460, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1115 = {DY_Y_SCALAR, {460, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1116 = {DY_Y_SCALAR, {460, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1117[] = {&n1113, &n1115};
static dy_ynode *v1117[] = {&n1114, &n1116};
static dy_ynode n1117 = {DY_Y_MAP, {460, 31}, NULL, 0, 0, k1117, v1117, 2, 2, 0x200000100ull};
static dy_ynode *v1118[] = {&n1112, &n1117};
static dy_ynode n1118 = {DY_Y_SEQ, {460, 17}, NULL, 0, 0, NULL, v1118, 2, 2, 0ull};
static dy_ynode *k1119[] = {&n1109};
static dy_ynode *v1119[] = {&n1118};
static dy_ynode n1119 = {DY_Y_MAP, {460, 11}, NULL, 0, 0, k1119, v1119, 1, 1, 0x100000000000ull};
static dy_ynode n1120 = {DY_Y_SCALAR, {461, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1121 = {DY_Y_SCALAR, {461, 13}, (char *)"pem_private_key", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1122 = {DY_Y_SCALAR, {462, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1123 = {DY_Y_SCALAR, {462, 11}, (char *)"The service provider's unencrypted signing key, e.g. from: openssl genpk"
    "ey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out sp-key.pem (then SS"
    "O_SAML_SP_PRIVATE_KEY_FILE=sp-key.pem)", 182, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1124[] = {&n1106, &n1108, &n1120, &n1122};
static dy_ynode *v1124[] = {&n1107, &n1119, &n1121, &n1123};
static dy_ynode n1124 = {DY_Y_MAP, {459, 5}, NULL, 0, 0, k1124, v1124, 4, 4, 0x400140040ull};
static dy_ynode n1125 = {DY_Y_SCALAR, {464, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1126 = {DY_Y_SCALAR, {464, 10}, (char *)"SSO_SAML_SP_CERTIFICATE", 23, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1127 = {DY_Y_SCALAR, {465, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1128 = {DY_Y_SCALAR, {465, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1129 = {DY_Y_SCALAR, {465, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1130 = {DY_Y_SCALAR, {465, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1131[] = {&n1129};
static dy_ynode *v1131[] = {&n1130};
static dy_ynode n1131 = {DY_Y_MAP, {465, 18}, NULL, 0, 0, k1131, v1131, 1, 1, 0x800000000ull};
static dy_ynode n1132 = {DY_Y_SCALAR, {465, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1133 = {DY_Y_SCALAR, {465, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1134 = {DY_Y_SCALAR, {465, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1135 = {DY_Y_SCALAR, {465, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1136[] = {&n1132, &n1134};
static dy_ynode *v1136[] = {&n1133, &n1135};
static dy_ynode n1136 = {DY_Y_MAP, {465, 31}, NULL, 0, 0, k1136, v1136, 2, 2, 0x200000100ull};
static dy_ynode *v1137[] = {&n1131, &n1136};
static dy_ynode n1137 = {DY_Y_SEQ, {465, 17}, NULL, 0, 0, NULL, v1137, 2, 2, 0ull};
static dy_ynode *k1138[] = {&n1128};
static dy_ynode *v1138[] = {&n1137};
static dy_ynode n1138 = {DY_Y_MAP, {465, 11}, NULL, 0, 0, k1138, v1138, 1, 1, 0x100000000000ull};
static dy_ynode n1139 = {DY_Y_SCALAR, {466, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1140 = {DY_Y_SCALAR, {466, 13}, (char *)"pem_certificate", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1141 = {DY_Y_SCALAR, {467, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1142 = {DY_Y_SCALAR, {467, 11}, (char *)"The certificate of that key, e.g. from: openssl req -new -x509 -key sp-k"
    "ey.pem -days 730 -subj /CN=sp.example.com -out sp-cert.pem", 130, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1143[] = {&n1125, &n1127, &n1139, &n1141};
static dy_ynode *v1143[] = {&n1126, &n1138, &n1140, &n1142};
static dy_ynode n1143 = {DY_Y_MAP, {464, 5}, NULL, 0, 0, k1143, v1143, 4, 4, 0x400140040ull};
static dy_ynode *v1144[] = {&n956, &n963, &n972, &n985, &n996, &n1005, &n1028, &n1053, &n1083, &n1105, &n1124, &n1143};
static dy_ynode n1144 = {DY_Y_SEQ, {407, 3}, NULL, 0, 0, NULL, v1144, 12, 12, 0ull};
static dy_ynode n1145 = {DY_Y_SCALAR, {470, 1}, (char *)"distinct", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1146 = {DY_Y_SCALAR, {471, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1147 = {DY_Y_SCALAR, {471, 9}, (char *)"secrets-distinct", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1148 = {DY_Y_SCALAR, {472, 5}, (char *)"keys", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1149 = {DY_Y_SCALAR, {472, 12}, (char *)"SECRET_KEY", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1150 = {DY_Y_SCALAR, {472, 24}, (char *)"INTEGRATION_ENCRYPTION_KEY", 26, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1151[] = {&n1149, &n1150};
static dy_ynode n1151 = {DY_Y_SEQ, {472, 11}, NULL, 0, 0, NULL, v1151, 2, 2, 0ull};
static dy_ynode *k1152[] = {&n1146, &n1148};
static dy_ynode *v1152[] = {&n1147, &n1151};
static dy_ynode n1152 = {DY_Y_MAP, {471, 5}, NULL, 0, 0, k1152, v1152, 2, 2, 0x1400000000ull};
static dy_ynode *v1153[] = {&n1152};
static dy_ynode n1153 = {DY_Y_SEQ, {471, 3}, NULL, 0, 0, NULL, v1153, 1, 1, 0ull};
static dy_ynode n1154 = {DY_Y_SCALAR, {474, 1}, (char *)"waivers", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1155 = {DY_Y_SEQ, {474, 10}, NULL, 0, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1156 = {DY_Y_SCALAR, {478, 1}, (char *)"billing", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1157 = {DY_Y_SCALAR, {479, 3}, (char *)"enforcement", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1158 = {DY_Y_SCALAR, {479, 16}, (char *)"strict", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1159 = {DY_Y_SCALAR, {480, 3}, (char *)"env", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1160 = {DY_Y_SCALAR, {480, 8}, (char *)"BILLING_ENFORCEMENT", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1161[] = {&n1157, &n1159};
static dy_ynode *v1161[] = {&n1158, &n1160};
static dy_ynode n1161 = {DY_Y_MAP, {479, 3}, NULL, 0, 0, k1161, v1161, 2, 2, 0x800000400000ull};
static dy_ynode n1162 = {DY_Y_SCALAR, {483, 1}, (char *)"features", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1163 = {DY_Y_SCALAR, {483, 12}, (char *)"exports", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1164 = {DY_Y_SCALAR, {483, 21}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1165 = {DY_Y_SCALAR, {483, 32}, (char *)"sso", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1166 = {DY_Y_SCALAR, {483, 37}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1167 = {DY_Y_SCALAR, {483, 49}, (char *)"support_view_as", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1168[] = {&n1163, &n1164, &n1165, &n1166, &n1167};
static dy_ynode n1168 = {DY_Y_SEQ, {483, 11}, NULL, 0, 0, NULL, v1168, 5, 5, 0ull};
static dy_ynode n1169 = {DY_Y_SCALAR, {488, 1}, (char *)"plans", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1170 = {DY_Y_SCALAR, {489, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1171 = {DY_Y_SCALAR, {489, 11}, (char *)"free", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1172 = {DY_Y_SCALAR, {490, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1173 = {DY_Y_SCALAR, {491, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1174 = {DY_Y_SCALAR, {491, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1175 = {DY_Y_SCALAR, {491, 21}, (char *)"600", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1176 = {DY_Y_SCALAR, {491, 26}, (char *)"burst", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1177 = {DY_Y_SCALAR, {491, 33}, (char *)"100", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1178 = {DY_Y_SCALAR, {491, 38}, (char *)"quota", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1179 = {DY_Y_SCALAR, {491, 45}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1180[] = {&n1174, &n1176, &n1178};
static dy_ynode *v1180[] = {&n1175, &n1177, &n1179};
static dy_ynode n1180 = {DY_Y_MAP, {491, 15}, NULL, 0, 0, k1180, v1180, 3, 3, 0x2000000400000080ull};
static dy_ynode n1181 = {DY_Y_SCALAR, {492, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1182 = {DY_Y_SCALAR, {492, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1183 = {DY_Y_SCALAR, {492, 18}, (char *)"120", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1184 = {DY_Y_SCALAR, {492, 23}, (char *)"burst", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1185 = {DY_Y_SCALAR, {492, 30}, (char *)"20", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1186[] = {&n1182, &n1184};
static dy_ynode *v1186[] = {&n1183, &n1185};
static dy_ynode n1186 = {DY_Y_MAP, {492, 12}, NULL, 0, 0, k1186, v1186, 2, 2, 0x400000080ull};
static dy_ynode *k1187[] = {&n1173, &n1181};
static dy_ynode *v1187[] = {&n1180, &n1186};
static dy_ynode n1187 = {DY_Y_MAP, {491, 7}, NULL, 0, 0, k1187, v1187, 2, 2, 0x100000000100ull};
static dy_ynode n1188 = {DY_Y_SCALAR, {493, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1189 = {DY_Y_SCALAR, {493, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1190 = {DY_Y_SCALAR, {493, 30}, (char *)"100000", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1191[] = {&n1189};
static dy_ynode *v1191[] = {&n1190};
static dy_ynode n1191 = {DY_Y_MAP, {493, 13}, NULL, 0, 0, k1191, v1191, 1, 1, 0x200000000000ull};
static dy_ynode n1192 = {DY_Y_SCALAR, {494, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1193 = {DY_Y_SEQ, {494, 15}, NULL, 0, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1194[] = {&n1170, &n1172, &n1188, &n1192};
static dy_ynode *v1194[] = {&n1171, &n1187, &n1191, &n1193};
static dy_ynode n1194 = {DY_Y_MAP, {489, 5}, NULL, 0, 0, k1194, v1194, 4, 4, 0x2010000000100004ull};
static dy_ynode n1195 = {DY_Y_SCALAR, {496, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1196 = {DY_Y_SCALAR, {496, 11}, (char *)"pro", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1197 = {DY_Y_SCALAR, {497, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1198 = {DY_Y_SCALAR, {498, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1199 = {DY_Y_SCALAR, {498, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1200 = {DY_Y_SCALAR, {498, 21}, (char *)"3000", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1201 = {DY_Y_SCALAR, {498, 27}, (char *)"burst", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1202 = {DY_Y_SCALAR, {498, 34}, (char *)"500", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1203 = {DY_Y_SCALAR, {498, 39}, (char *)"quota", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1204 = {DY_Y_SCALAR, {498, 46}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1205[] = {&n1199, &n1201, &n1203};
static dy_ynode *v1205[] = {&n1200, &n1202, &n1204};
static dy_ynode n1205 = {DY_Y_MAP, {498, 15}, NULL, 0, 0, k1205, v1205, 3, 3, 0x2000000400000080ull};
static dy_ynode n1206 = {DY_Y_SCALAR, {499, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1207 = {DY_Y_SCALAR, {499, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1208 = {DY_Y_SCALAR, {499, 18}, (char *)"600", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1209 = {DY_Y_SCALAR, {499, 23}, (char *)"burst", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1210 = {DY_Y_SCALAR, {499, 30}, (char *)"100", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1211[] = {&n1207, &n1209};
static dy_ynode *v1211[] = {&n1208, &n1210};
static dy_ynode n1211 = {DY_Y_MAP, {499, 12}, NULL, 0, 0, k1211, v1211, 2, 2, 0x400000080ull};
static dy_ynode *k1212[] = {&n1198, &n1206};
static dy_ynode *v1212[] = {&n1205, &n1211};
static dy_ynode n1212 = {DY_Y_MAP, {498, 7}, NULL, 0, 0, k1212, v1212, 2, 2, 0x100000000100ull};
static dy_ynode n1213 = {DY_Y_SCALAR, {500, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1214 = {DY_Y_SCALAR, {500, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1215 = {DY_Y_SCALAR, {500, 30}, (char *)"2000000", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1216[] = {&n1214};
static dy_ynode *v1216[] = {&n1215};
static dy_ynode n1216 = {DY_Y_MAP, {500, 13}, NULL, 0, 0, k1216, v1216, 1, 1, 0x200000000000ull};
static dy_ynode n1217 = {DY_Y_SCALAR, {501, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1218 = {DY_Y_SCALAR, {501, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1219[] = {&n1218};
static dy_ynode n1219 = {DY_Y_SEQ, {501, 15}, NULL, 0, 0, NULL, v1219, 1, 1, 0ull};
static dy_ynode *k1220[] = {&n1195, &n1197, &n1213, &n1217};
static dy_ynode *v1220[] = {&n1196, &n1212, &n1216, &n1219};
static dy_ynode n1220 = {DY_Y_MAP, {496, 5}, NULL, 0, 0, k1220, v1220, 4, 4, 0x2010000000100004ull};
static dy_ynode n1221 = {DY_Y_SCALAR, {503, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1222 = {DY_Y_SCALAR, {503, 11}, (char *)"business", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1223 = {DY_Y_SCALAR, {504, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1224 = {DY_Y_SCALAR, {505, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1225 = {DY_Y_SCALAR, {505, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1226 = {DY_Y_SCALAR, {505, 21}, (char *)"15000", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1227 = {DY_Y_SCALAR, {505, 28}, (char *)"burst", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1228 = {DY_Y_SCALAR, {505, 35}, (char *)"2500", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1229 = {DY_Y_SCALAR, {505, 41}, (char *)"quota", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1230 = {DY_Y_SCALAR, {505, 48}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1231[] = {&n1225, &n1227, &n1229};
static dy_ynode *v1231[] = {&n1226, &n1228, &n1230};
static dy_ynode n1231 = {DY_Y_MAP, {505, 15}, NULL, 0, 0, k1231, v1231, 3, 3, 0x2000000400000080ull};
static dy_ynode n1232 = {DY_Y_SCALAR, {506, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1233 = {DY_Y_SCALAR, {506, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1234 = {DY_Y_SCALAR, {506, 18}, (char *)"3000", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1235 = {DY_Y_SCALAR, {506, 24}, (char *)"burst", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1236 = {DY_Y_SCALAR, {506, 31}, (char *)"500", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1237[] = {&n1233, &n1235};
static dy_ynode *v1237[] = {&n1234, &n1236};
static dy_ynode n1237 = {DY_Y_MAP, {506, 12}, NULL, 0, 0, k1237, v1237, 2, 2, 0x400000080ull};
static dy_ynode *k1238[] = {&n1224, &n1232};
static dy_ynode *v1238[] = {&n1231, &n1237};
static dy_ynode n1238 = {DY_Y_MAP, {505, 7}, NULL, 0, 0, k1238, v1238, 2, 2, 0x100000000100ull};
static dy_ynode n1239 = {DY_Y_SCALAR, {507, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1240 = {DY_Y_SCALAR, {507, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1241 = {DY_Y_SCALAR, {507, 30}, (char *)"20000000", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1242[] = {&n1240};
static dy_ynode *v1242[] = {&n1241};
static dy_ynode n1242 = {DY_Y_MAP, {507, 13}, NULL, 0, 0, k1242, v1242, 1, 1, 0x200000000000ull};
static dy_ynode n1243 = {DY_Y_SCALAR, {508, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1244 = {DY_Y_SCALAR, {508, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1245 = {DY_Y_SCALAR, {508, 25}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1246 = {DY_Y_SCALAR, {508, 36}, (char *)"sso", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1247[] = {&n1244, &n1245, &n1246};
static dy_ynode n1247 = {DY_Y_SEQ, {508, 15}, NULL, 0, 0, NULL, v1247, 3, 3, 0ull};
static dy_ynode *k1248[] = {&n1221, &n1223, &n1239, &n1243};
static dy_ynode *v1248[] = {&n1222, &n1238, &n1242, &n1247};
static dy_ynode n1248 = {DY_Y_MAP, {503, 5}, NULL, 0, 0, k1248, v1248, 4, 4, 0x2010000000100004ull};
static dy_ynode n1249 = {DY_Y_SCALAR, {510, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1250 = {DY_Y_SCALAR, {510, 11}, (char *)"enterprise", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1251 = {DY_Y_SCALAR, {511, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1252 = {DY_Y_SCALAR, {512, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1253 = {DY_Y_SCALAR, {512, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1254 = {DY_Y_SCALAR, {512, 21}, (char *)"60000", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1255 = {DY_Y_SCALAR, {512, 28}, (char *)"burst", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1256 = {DY_Y_SCALAR, {512, 35}, (char *)"10000", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1257 = {DY_Y_SCALAR, {512, 42}, (char *)"quota", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1258 = {DY_Y_SCALAR, {512, 49}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1259[] = {&n1253, &n1255, &n1257};
static dy_ynode *v1259[] = {&n1254, &n1256, &n1258};
static dy_ynode n1259 = {DY_Y_MAP, {512, 15}, NULL, 0, 0, k1259, v1259, 3, 3, 0x2000000400000080ull};
static dy_ynode n1260 = {DY_Y_SCALAR, {513, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1261 = {DY_Y_SCALAR, {513, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1262 = {DY_Y_SCALAR, {513, 18}, (char *)"12000", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1263 = {DY_Y_SCALAR, {513, 25}, (char *)"burst", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1264 = {DY_Y_SCALAR, {513, 32}, (char *)"2000", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1265[] = {&n1261, &n1263};
static dy_ynode *v1265[] = {&n1262, &n1264};
static dy_ynode n1265 = {DY_Y_MAP, {513, 12}, NULL, 0, 0, k1265, v1265, 2, 2, 0x400000080ull};
static dy_ynode *k1266[] = {&n1252, &n1260};
static dy_ynode *v1266[] = {&n1259, &n1265};
static dy_ynode n1266 = {DY_Y_MAP, {512, 7}, NULL, 0, 0, k1266, v1266, 2, 2, 0x100000000100ull};
static dy_ynode n1267 = {DY_Y_SCALAR, {514, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1268 = {DY_Y_SCALAR, {514, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1269 = {DY_Y_SCALAR, {514, 30}, (char *)"500000000", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1270[] = {&n1268};
static dy_ynode *v1270[] = {&n1269};
static dy_ynode n1270 = {DY_Y_MAP, {514, 13}, NULL, 0, 0, k1270, v1270, 1, 1, 0x200000000000ull};
static dy_ynode n1271 = {DY_Y_SCALAR, {515, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1272 = {DY_Y_SCALAR, {515, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1273 = {DY_Y_SCALAR, {515, 25}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1274 = {DY_Y_SCALAR, {515, 36}, (char *)"sso", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1275 = {DY_Y_SCALAR, {515, 41}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1276 = {DY_Y_SCALAR, {515, 53}, (char *)"support_view_as", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1277[] = {&n1272, &n1273, &n1274, &n1275, &n1276};
static dy_ynode n1277 = {DY_Y_SEQ, {515, 15}, NULL, 0, 0, NULL, v1277, 5, 5, 0ull};
static dy_ynode *k1278[] = {&n1249, &n1251, &n1267, &n1271};
static dy_ynode *v1278[] = {&n1250, &n1266, &n1270, &n1277};
static dy_ynode n1278 = {DY_Y_MAP, {510, 5}, NULL, 0, 0, k1278, v1278, 4, 4, 0x2010000000100004ull};
static dy_ynode *v1279[] = {&n1194, &n1220, &n1248, &n1278};
static dy_ynode n1279 = {DY_Y_SEQ, {489, 3}, NULL, 0, 0, NULL, v1279, 4, 4, 0ull};
static dy_ynode n1280 = {DY_Y_SCALAR, {520, 1}, (char *)"support", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1281 = {DY_Y_SCALAR, {521, 3}, (char *)"reason_min_length", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1282 = {DY_Y_SCALAR, {521, 22}, (char *)"20", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1283 = {DY_Y_SCALAR, {522, 3}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1284 = {DY_Y_SCALAR, {522, 11}, (char *)"^(SUP|INC)-[0-9]+$", 18, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1285 = {DY_Y_SCALAR, {523, 3}, (char *)"roles", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1286 = {DY_Y_SCALAR, {524, 5}, (char *)"support", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1287 = {DY_Y_SCALAR, {524, 15}, (char *)"actions", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1288 = {DY_Y_SCALAR, {524, 25}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1289[] = {&n1288};
static dy_ynode n1289 = {DY_Y_SEQ, {524, 24}, NULL, 0, 0, NULL, v1289, 1, 1, 0ull};
static dy_ynode n1290 = {DY_Y_SCALAR, {524, 35}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1291 = {DY_Y_SCALAR, {524, 48}, (char *)"60", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1292[] = {&n1287, &n1290};
static dy_ynode *v1292[] = {&n1289, &n1291};
static dy_ynode n1292 = {DY_Y_MAP, {524, 14}, NULL, 0, 0, k1292, v1292, 2, 2, 0x408000000ull};
static dy_ynode n1293 = {DY_Y_SCALAR, {525, 5}, (char *)"engineer", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1294 = {DY_Y_SCALAR, {525, 16}, (char *)"actions", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1295 = {DY_Y_SCALAR, {525, 26}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1296 = {DY_Y_SCALAR, {525, 35}, (char *)"limit_reset", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1297[] = {&n1295, &n1296};
static dy_ynode n1297 = {DY_Y_SEQ, {525, 25}, NULL, 0, 0, NULL, v1297, 2, 2, 0ull};
static dy_ynode n1298 = {DY_Y_SCALAR, {525, 49}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1299 = {DY_Y_SCALAR, {525, 62}, (char *)"60", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1300[] = {&n1294, &n1298};
static dy_ynode *v1300[] = {&n1297, &n1299};
static dy_ynode n1300 = {DY_Y_MAP, {525, 15}, NULL, 0, 0, k1300, v1300, 2, 2, 0x408000000ull};
static dy_ynode n1301 = {DY_Y_SCALAR, {526, 5}, (char *)"admin", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1302 = {DY_Y_SCALAR, {526, 13}, (char *)"actions", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1303 = {DY_Y_SCALAR, {526, 23}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1304 = {DY_Y_SCALAR, {526, 32}, (char *)"admin", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1305 = {DY_Y_SCALAR, {526, 39}, (char *)"limit_reset", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1306[] = {&n1303, &n1304, &n1305};
static dy_ynode n1306 = {DY_Y_SEQ, {526, 22}, NULL, 0, 0, NULL, v1306, 3, 3, 0ull};
static dy_ynode n1307 = {DY_Y_SCALAR, {526, 53}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1308 = {DY_Y_SCALAR, {526, 66}, (char *)"30", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1309[] = {&n1302, &n1307};
static dy_ynode *v1309[] = {&n1306, &n1308};
static dy_ynode n1309 = {DY_Y_MAP, {526, 12}, NULL, 0, 0, k1309, v1309, 2, 2, 0x408000000ull};
static dy_ynode *k1310[] = {&n1286, &n1293, &n1301};
static dy_ynode *v1310[] = {&n1292, &n1300, &n1309};
static dy_ynode n1310 = {DY_Y_MAP, {524, 5}, NULL, 0, 0, k1310, v1310, 3, 3, 0x40008004000ull};
static dy_ynode *k1311[] = {&n1281, &n1283, &n1285};
static dy_ynode *v1311[] = {&n1282, &n1284, &n1310};
static dy_ynode n1311 = {DY_Y_MAP, {521, 3}, NULL, 0, 0, k1311, v1311, 3, 3, 0x40000110000000ull};
static dy_ynode n1312 = {DY_Y_SCALAR, {531, 1}, (char *)"postmortem", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1313 = {DY_Y_SCALAR, {532, 3}, (char *)"max_bytes", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1314 = {DY_Y_SCALAR, {532, 14}, (char *)"262144", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1315 = {DY_Y_SCALAR, {533, 3}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1316 = {DY_Y_SCALAR, {533, 18}, (char *)"<fill>", 6, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1317 = {DY_Y_SCALAR, {533, 28}, (char *)"TODO", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1318 = {DY_Y_SCALAR, {533, 34}, (char *)"TBD", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1319 = {DY_Y_SCALAR, {533, 39}, (char *)"FIXME", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1320 = {DY_Y_SCALAR, {533, 46}, (char *)"XXX", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1321 = {DY_Y_SCALAR, {533, 51}, (char *)"\077\077\077", 3, 0, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1322[] = {&n1316, &n1317, &n1318, &n1319, &n1320, &n1321};
static dy_ynode n1322 = {DY_Y_SEQ, {533, 17}, NULL, 0, 0, NULL, v1322, 6, 6, 0ull};
static dy_ynode n1323 = {DY_Y_SCALAR, {534, 3}, (char *)"sections", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1324 = {DY_Y_SCALAR, {535, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1325 = {DY_Y_SCALAR, {535, 11}, (char *)"summary", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1326 = {DY_Y_SCALAR, {536, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1327 = {DY_Y_SCALAR, {536, 14}, (char *)"Summary and customer impact", 27, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1328 = {DY_Y_SCALAR, {537, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1329 = {DY_Y_SCALAR, {537, 18}, (char *)"Summary", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1330 = {DY_Y_SCALAR, {537, 27}, (char *)"Customer impact", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1331 = {DY_Y_SCALAR, {537, 44}, (char *)"Impact", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1332 = {DY_Y_SCALAR, {537, 52}, (char *)"Summary and impact", 18, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1333 = {DY_Y_SCALAR, {537, 72}, (char *)"Incident summary", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1334[] = {&n1329, &n1330, &n1331, &n1332, &n1333};
static dy_ynode n1334 = {DY_Y_SEQ, {537, 17}, NULL, 0, 0, NULL, v1334, 5, 5, 0ull};
static dy_ynode *k1335[] = {&n1324, &n1326, &n1328};
static dy_ynode *v1335[] = {&n1325, &n1327, &n1334};
static dy_ynode n1335 = {DY_Y_MAP, {535, 7}, NULL, 0, 0, k1335, v1335, 3, 3, 0x3000020000ull};
static dy_ynode n1336 = {DY_Y_SCALAR, {538, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1337 = {DY_Y_SCALAR, {538, 11}, (char *)"root-cause", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1338 = {DY_Y_SCALAR, {539, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1339 = {DY_Y_SCALAR, {539, 14}, (char *)"Root cause", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1340 = {DY_Y_SCALAR, {540, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1341 = {DY_Y_SCALAR, {540, 18}, (char *)"Root causes", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1342 = {DY_Y_SCALAR, {540, 31}, (char *)"Cause", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1343 = {DY_Y_SCALAR, {540, 38}, (char *)"Root cause analysis", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1344[] = {&n1341, &n1342, &n1343};
static dy_ynode n1344 = {DY_Y_SEQ, {540, 17}, NULL, 0, 0, NULL, v1344, 3, 3, 0ull};
static dy_ynode *k1345[] = {&n1336, &n1338, &n1340};
static dy_ynode *v1345[] = {&n1337, &n1339, &n1344};
static dy_ynode n1345 = {DY_Y_MAP, {538, 7}, NULL, 0, 0, k1345, v1345, 3, 3, 0x3000020000ull};
static dy_ynode n1346 = {DY_Y_SCALAR, {541, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1347 = {DY_Y_SCALAR, {541, 11}, (char *)"timeline", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1348 = {DY_Y_SCALAR, {542, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1349 = {DY_Y_SCALAR, {542, 14}, (char *)"Detection and response timeline", 31, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1350 = {DY_Y_SCALAR, {543, 7}, (char *)"kind", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1351 = {DY_Y_SCALAR, {543, 13}, (char *)"timeline", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1352 = {DY_Y_SCALAR, {544, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1353 = {DY_Y_SCALAR, {544, 18}, (char *)"Timeline", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1354 = {DY_Y_SCALAR, {544, 28}, (char *)"Detection and response", 22, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1355 = {DY_Y_SCALAR, {544, 52}, (char *)"Incident timeline", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1356[] = {&n1353, &n1354, &n1355};
static dy_ynode n1356 = {DY_Y_SEQ, {544, 17}, NULL, 0, 0, NULL, v1356, 3, 3, 0ull};
static dy_ynode *k1357[] = {&n1346, &n1348, &n1350, &n1352};
static dy_ynode *v1357[] = {&n1347, &n1349, &n1351, &n1356};
static dy_ynode n1357 = {DY_Y_MAP, {541, 7}, NULL, 0, 0, k1357, v1357, 4, 4, 0x3000020800ull};
static dy_ynode n1358 = {DY_Y_SCALAR, {545, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1359 = {DY_Y_SCALAR, {545, 11}, (char *)"mitigation", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1360 = {DY_Y_SCALAR, {546, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1361 = {DY_Y_SCALAR, {546, 14}, (char *)"Mitigation steps", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1362 = {DY_Y_SCALAR, {547, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1363 = {DY_Y_SCALAR, {547, 18}, (char *)"Mitigation", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1364 = {DY_Y_SCALAR, {547, 30}, (char *)"Mitigations", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1365 = {DY_Y_SCALAR, {547, 43}, (char *)"Resolution", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1366 = {DY_Y_SCALAR, {547, 55}, (char *)"Remediation", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1367[] = {&n1363, &n1364, &n1365, &n1366};
static dy_ynode n1367 = {DY_Y_SEQ, {547, 17}, NULL, 0, 0, NULL, v1367, 4, 4, 0ull};
static dy_ynode *k1368[] = {&n1358, &n1360, &n1362};
static dy_ynode *v1368[] = {&n1359, &n1361, &n1367};
static dy_ynode n1368 = {DY_Y_MAP, {545, 7}, NULL, 0, 0, k1368, v1368, 3, 3, 0x3000020000ull};
static dy_ynode n1369 = {DY_Y_SCALAR, {548, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1370 = {DY_Y_SCALAR, {548, 11}, (char *)"preventative-actions", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1371 = {DY_Y_SCALAR, {549, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1372 = {DY_Y_SCALAR, {549, 14}, (char *)"Preventative actions", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1373 = {DY_Y_SCALAR, {550, 7}, (char *)"kind", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1374 = {DY_Y_SCALAR, {550, 13}, (char *)"actions", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1375 = {DY_Y_SCALAR, {551, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1376 = {DY_Y_SCALAR, {551, 18}, (char *)"Preventive actions", 18, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1377 = {DY_Y_SCALAR, {551, 38}, (char *)"Action items", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1378 = {DY_Y_SCALAR, {551, 52}, (char *)"Follow-up actions", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1379 = {DY_Y_SCALAR, {551, 71}, (char *)"Follow-ups", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1380 = {DY_Y_SCALAR, {551, 83}, (char *)"Corrective actions", 18, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *v1381[] = {&n1376, &n1377, &n1378, &n1379, &n1380};
static dy_ynode n1381 = {DY_Y_SEQ, {551, 17}, NULL, 0, 0, NULL, v1381, 5, 5, 0ull};
static dy_ynode *k1382[] = {&n1369, &n1371, &n1373, &n1375};
static dy_ynode *v1382[] = {&n1370, &n1372, &n1374, &n1381};
static dy_ynode n1382 = {DY_Y_MAP, {548, 7}, NULL, 0, 0, k1382, v1382, 4, 4, 0x3000020800ull};
static dy_ynode *v1383[] = {&n1335, &n1345, &n1357, &n1368, &n1382};
static dy_ynode n1383 = {DY_Y_SEQ, {535, 5}, NULL, 0, 0, NULL, v1383, 5, 5, 0ull};
static dy_ynode *k1384[] = {&n1313, &n1315, &n1323};
static dy_ynode *v1384[] = {&n1314, &n1322, &n1383};
static dy_ynode n1384 = {DY_Y_MAP, {532, 3}, NULL, 0, 0, k1384, v1384, 3, 3, 0x400008000002ull};
static dy_ynode n1385 = {DY_Y_SCALAR, {563, 1}, (char *)"status", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1386 = {DY_Y_SCALAR, {564, 3}, (char *)"published", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1387 = {DY_Y_SCALAR, {564, 14}, (char *)"status_page.components", 22, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1388 = {DY_Y_SCALAR, {565, 3}, (char *)"observed_at", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1389 = {DY_Y_SCALAR, {565, 16}, (char *)"observed_at", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1390 = {DY_Y_SCALAR, {566, 3}, (char *)"max_age", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1391 = {DY_Y_SCALAR, {566, 12}, (char *)"15m", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1392 = {DY_Y_SCALAR, {567, 3}, (char *)"burn_rate_windows", 17, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1393 = {DY_Y_SCALAR, {568, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1394 = {DY_Y_SCALAR, {568, 14}, (char *)"1h", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1395 = {DY_Y_SCALAR, {568, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1396 = {DY_Y_SCALAR, {568, 25}, (char *)"5m", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1397 = {DY_Y_SCALAR, {568, 29}, (char *)"factor", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1398 = {DY_Y_SCALAR, {568, 37}, (char *)"14.4", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1399 = {DY_Y_SCALAR, {568, 43}, (char *)"alert", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1400 = {DY_Y_SCALAR, {568, 50}, (char *)"page", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1401 = {DY_Y_SCALAR, {568, 56}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1402 = {DY_Y_SCALAR, {568, 63}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1403[] = {&n1393, &n1395, &n1397, &n1399, &n1401};
static dy_ynode *v1403[] = {&n1394, &n1396, &n1398, &n1400, &n1402};
static dy_ynode n1403 = {DY_Y_MAP, {568, 7}, NULL, 0, 0, k1403, v1403, 5, 5, 0x19000a0ull};
static dy_ynode n1404 = {DY_Y_SCALAR, {569, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1405 = {DY_Y_SCALAR, {569, 14}, (char *)"6h", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1406 = {DY_Y_SCALAR, {569, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1407 = {DY_Y_SCALAR, {569, 25}, (char *)"30m", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1408 = {DY_Y_SCALAR, {569, 30}, (char *)"factor", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1409 = {DY_Y_SCALAR, {569, 38}, (char *)"6", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1410 = {DY_Y_SCALAR, {569, 41}, (char *)"alert", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1411 = {DY_Y_SCALAR, {569, 48}, (char *)"page", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1412 = {DY_Y_SCALAR, {569, 54}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1413 = {DY_Y_SCALAR, {569, 61}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1414[] = {&n1404, &n1406, &n1408, &n1410, &n1412};
static dy_ynode *v1414[] = {&n1405, &n1407, &n1409, &n1411, &n1413};
static dy_ynode n1414 = {DY_Y_MAP, {569, 7}, NULL, 0, 0, k1414, v1414, 5, 5, 0x19000a0ull};
static dy_ynode n1415 = {DY_Y_SCALAR, {570, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1416 = {DY_Y_SCALAR, {570, 14}, (char *)"1d", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1417 = {DY_Y_SCALAR, {570, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1418 = {DY_Y_SCALAR, {570, 25}, (char *)"2h", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1419 = {DY_Y_SCALAR, {570, 29}, (char *)"factor", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1420 = {DY_Y_SCALAR, {570, 37}, (char *)"3", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1421 = {DY_Y_SCALAR, {570, 40}, (char *)"alert", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1422 = {DY_Y_SCALAR, {570, 47}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1423 = {DY_Y_SCALAR, {570, 55}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1424 = {DY_Y_SCALAR, {570, 62}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1425[] = {&n1415, &n1417, &n1419, &n1421, &n1423};
static dy_ynode *v1425[] = {&n1416, &n1418, &n1420, &n1422, &n1424};
static dy_ynode n1425 = {DY_Y_MAP, {570, 7}, NULL, 0, 0, k1425, v1425, 5, 5, 0x19000a0ull};
static dy_ynode n1426 = {DY_Y_SCALAR, {571, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1427 = {DY_Y_SCALAR, {571, 14}, (char *)"3d", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1428 = {DY_Y_SCALAR, {571, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1429 = {DY_Y_SCALAR, {571, 25}, (char *)"6h", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1430 = {DY_Y_SCALAR, {571, 29}, (char *)"factor", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1431 = {DY_Y_SCALAR, {571, 37}, (char *)"1", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1432 = {DY_Y_SCALAR, {571, 40}, (char *)"alert", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1433 = {DY_Y_SCALAR, {571, 47}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1434 = {DY_Y_SCALAR, {571, 55}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1435 = {DY_Y_SCALAR, {571, 62}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1436[] = {&n1426, &n1428, &n1430, &n1432, &n1434};
static dy_ynode *v1436[] = {&n1427, &n1429, &n1431, &n1433, &n1435};
static dy_ynode n1436 = {DY_Y_MAP, {571, 7}, NULL, 0, 0, k1436, v1436, 5, 5, 0x19000a0ull};
static dy_ynode *v1437[] = {&n1403, &n1414, &n1425, &n1436};
static dy_ynode n1437 = {DY_Y_SEQ, {568, 5}, NULL, 0, 0, NULL, v1437, 4, 4, 0ull};
static dy_ynode n1438 = {DY_Y_SCALAR, {572, 3}, (char *)"components", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1439 = {DY_Y_SCALAR, {573, 5}, (char *)"api", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1440 = {DY_Y_SCALAR, {574, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1441 = {DY_Y_SCALAR, {574, 20}, (char *)"maintenance.api", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1442 = {DY_Y_SCALAR, {575, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1443 = {DY_Y_SCALAR, {576, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1444 = {DY_Y_SCALAR, {576, 18}, (char *)"api-health", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1445 = {DY_Y_SCALAR, {576, 30}, (char *)"health", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1446 = {DY_Y_SCALAR, {576, 38}, (char *)"api.health.status_code", 22, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1447 = {DY_Y_SCALAR, {576, 62}, (char *)"expect", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1448 = {DY_Y_SCALAR, {576, 70}, (char *)"200", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1449 = {DY_Y_SCALAR, {576, 75}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1450 = {DY_Y_SCALAR, {576, 82}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1451[] = {&n1443, &n1445, &n1447, &n1449};
static dy_ynode *v1451[] = {&n1444, &n1446, &n1448, &n1450};
static dy_ynode n1451 = {DY_Y_MAP, {576, 11}, NULL, 0, 0, k1451, v1451, 4, 4, 0x10040000120000ull};
static dy_ynode n1452 = {DY_Y_SCALAR, {577, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1453 = {DY_Y_SCALAR, {577, 18}, (char *)"api-5xx", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1454 = {DY_Y_SCALAR, {577, 27}, (char *)"burn_rate", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1455 = {DY_Y_SCALAR, {577, 38}, (char *)"api.error_rate_5xx", 18, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1456 = {DY_Y_SCALAR, {577, 58}, (char *)"measures", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1457 = {DY_Y_SCALAR, {577, 68}, (char *)"errors", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1458 = {DY_Y_SCALAR, {577, 76}, (char *)"objective", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1459 = {DY_Y_SCALAR, {577, 87}, (char *)"99.9%", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1460[] = {&n1452, &n1454, &n1456, &n1458};
static dy_ynode *v1460[] = {&n1453, &n1455, &n1457, &n1459};
static dy_ynode n1460 = {DY_Y_MAP, {577, 11}, NULL, 0, 0, k1460, v1460, 4, 4, 0x10000000804080ull};
static dy_ynode n1461 = {DY_Y_SCALAR, {578, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1462 = {DY_Y_SCALAR, {578, 17}, (char *)"api-429-spike", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1463 = {DY_Y_SCALAR, {579, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1464 = {DY_Y_SCALAR, {579, 22}, (char *)"api.rate_429", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1465 = {DY_Y_SCALAR, {580, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1466 = {DY_Y_SCALAR, {580, 16}, (char *)"api.rate_429_baseline", 21, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1467 = {DY_Y_SCALAR, {581, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1468 = {DY_Y_SCALAR, {581, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1469 = {DY_Y_SCALAR, {581, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1470 = {DY_Y_SCALAR, {581, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1471 = {DY_Y_SCALAR, {581, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1472[] = {&n1468, &n1470};
static dy_ynode *v1472[] = {&n1469, &n1471};
static dy_ynode n1472 = {DY_Y_MAP, {581, 18}, NULL, 0, 0, k1472, v1472, 2, 2, 0x140000ull};
static dy_ynode *v1473[] = {&n1472};
static dy_ynode n1473 = {DY_Y_SEQ, {581, 17}, NULL, 0, 0, NULL, v1473, 1, 1, 0ull};
static dy_ynode *k1474[] = {&n1461, &n1463, &n1465, &n1467};
static dy_ynode *v1474[] = {&n1462, &n1464, &n1466, &n1473};
static dy_ynode n1474 = {DY_Y_MAP, {578, 11}, NULL, 0, 0, k1474, v1474, 4, 4, 0x10000004080800ull};
static dy_ynode *v1475[] = {&n1451, &n1460, &n1474};
static dy_ynode n1475 = {DY_Y_SEQ, {576, 9}, NULL, 0, 0, NULL, v1475, 3, 3, 0ull};
static dy_ynode *k1476[] = {&n1440, &n1442};
static dy_ynode *v1476[] = {&n1441, &n1475};
static dy_ynode n1476 = {DY_Y_MAP, {574, 7}, NULL, 0, 0, k1476, v1476, 2, 2, 0x400000080000ull};
static dy_ynode n1477 = {DY_Y_SCALAR, {582, 5}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1478 = {DY_Y_SCALAR, {583, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1479 = {DY_Y_SCALAR, {583, 20}, (char *)"maintenance.ingest", 18, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1480 = {DY_Y_SCALAR, {584, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1481 = {DY_Y_SCALAR, {585, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1482 = {DY_Y_SCALAR, {585, 18}, (char *)"ingest-health", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1483 = {DY_Y_SCALAR, {585, 33}, (char *)"health", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1484 = {DY_Y_SCALAR, {585, 41}, (char *)"ingest.health.status_code", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1485 = {DY_Y_SCALAR, {585, 68}, (char *)"expect", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1486 = {DY_Y_SCALAR, {585, 76}, (char *)"200", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1487 = {DY_Y_SCALAR, {586, 12}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1488 = {DY_Y_SCALAR, {586, 19}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1489[] = {&n1481, &n1483, &n1485, &n1487};
static dy_ynode *v1489[] = {&n1482, &n1484, &n1486, &n1488};
static dy_ynode n1489 = {DY_Y_MAP, {585, 11}, NULL, 0, 0, k1489, v1489, 4, 4, 0x10040000120000ull};
static dy_ynode n1490 = {DY_Y_SCALAR, {587, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1491 = {DY_Y_SCALAR, {587, 18}, (char *)"ingest-success", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1492 = {DY_Y_SCALAR, {587, 34}, (char *)"burn_rate", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1493 = {DY_Y_SCALAR, {587, 45}, (char *)"ingest.success_rate", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1494 = {DY_Y_SCALAR, {587, 66}, (char *)"measures", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1495 = {DY_Y_SCALAR, {587, 76}, (char *)"success", 7, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1496 = {DY_Y_SCALAR, {588, 12}, (char *)"objective", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1497 = {DY_Y_SCALAR, {588, 23}, (char *)"99.9%", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1498[] = {&n1490, &n1492, &n1494, &n1496};
static dy_ynode *v1498[] = {&n1491, &n1493, &n1495, &n1497};
static dy_ynode n1498 = {DY_Y_MAP, {587, 11}, NULL, 0, 0, k1498, v1498, 4, 4, 0x10000000804080ull};
static dy_ynode n1499 = {DY_Y_SCALAR, {589, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1500 = {DY_Y_SCALAR, {589, 18}, (char *)"ingest-5xx", 10, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1501 = {DY_Y_SCALAR, {589, 30}, (char *)"burn_rate", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1502 = {DY_Y_SCALAR, {589, 41}, (char *)"ingest.error_rate_5xx", 21, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1503 = {DY_Y_SCALAR, {589, 64}, (char *)"measures", 8, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1504 = {DY_Y_SCALAR, {589, 74}, (char *)"errors", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1505 = {DY_Y_SCALAR, {590, 12}, (char *)"objective", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1506 = {DY_Y_SCALAR, {590, 23}, (char *)"99.9%", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1507[] = {&n1499, &n1501, &n1503, &n1505};
static dy_ynode *v1507[] = {&n1500, &n1502, &n1504, &n1506};
static dy_ynode n1507 = {DY_Y_MAP, {589, 11}, NULL, 0, 0, k1507, v1507, 4, 4, 0x10000000804080ull};
static dy_ynode *v1508[] = {&n1489, &n1498, &n1507};
static dy_ynode n1508 = {DY_Y_SEQ, {585, 9}, NULL, 0, 0, NULL, v1508, 3, 3, 0ull};
static dy_ynode *k1509[] = {&n1478, &n1480};
static dy_ynode *v1509[] = {&n1479, &n1508};
static dy_ynode n1509 = {DY_Y_MAP, {583, 7}, NULL, 0, 0, k1509, v1509, 2, 2, 0x400000080000ull};
static dy_ynode n1510 = {DY_Y_SCALAR, {591, 5}, (char *)"jobs", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1511 = {DY_Y_SCALAR, {592, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1512 = {DY_Y_SCALAR, {592, 20}, (char *)"maintenance.jobs", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1513 = {DY_Y_SCALAR, {593, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1514 = {DY_Y_SCALAR, {594, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1515 = {DY_Y_SCALAR, {594, 17}, (char *)"geo-enrichment-backlog", 22, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1516 = {DY_Y_SCALAR, {595, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1517 = {DY_Y_SCALAR, {595, 22}, (char *)"jobs.geo_enrichment.backlog", 27, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1518 = {DY_Y_SCALAR, {596, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1519 = {DY_Y_SCALAR, {596, 16}, (char *)"jobs.geo_enrichment.baseline", 28, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1520 = {DY_Y_SCALAR, {597, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1521 = {DY_Y_SCALAR, {597, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1522 = {DY_Y_SCALAR, {597, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1523 = {DY_Y_SCALAR, {597, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1524 = {DY_Y_SCALAR, {597, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1525[] = {&n1521, &n1523};
static dy_ynode *v1525[] = {&n1522, &n1524};
static dy_ynode n1525 = {DY_Y_MAP, {597, 18}, NULL, 0, 0, k1525, v1525, 2, 2, 0x140000ull};
static dy_ynode n1526 = {DY_Y_SCALAR, {597, 60}, (char *)"value", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1527 = {DY_Y_SCALAR, {597, 67}, (char *)"10", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1528 = {DY_Y_SCALAR, {597, 71}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1529 = {DY_Y_SCALAR, {597, 78}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1530[] = {&n1526, &n1528};
static dy_ynode *v1530[] = {&n1527, &n1529};
static dy_ynode n1530 = {DY_Y_MAP, {597, 59}, NULL, 0, 0, k1530, v1530, 2, 2, 0x140000ull};
static dy_ynode *v1531[] = {&n1525, &n1530};
static dy_ynode n1531 = {DY_Y_SEQ, {597, 17}, NULL, 0, 0, NULL, v1531, 2, 2, 0ull};
static dy_ynode *k1532[] = {&n1514, &n1516, &n1518, &n1520};
static dy_ynode *v1532[] = {&n1515, &n1517, &n1519, &n1531};
static dy_ynode n1532 = {DY_Y_MAP, {594, 11}, NULL, 0, 0, k1532, v1532, 4, 4, 0x10000004080800ull};
static dy_ynode n1533 = {DY_Y_SCALAR, {598, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1534 = {DY_Y_SCALAR, {598, 17}, (char *)"aggregation-backlog", 19, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1535 = {DY_Y_SCALAR, {599, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1536 = {DY_Y_SCALAR, {599, 22}, (char *)"jobs.aggregation.backlog", 24, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1537 = {DY_Y_SCALAR, {600, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1538 = {DY_Y_SCALAR, {600, 16}, (char *)"jobs.aggregation.baseline", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1539 = {DY_Y_SCALAR, {601, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1540 = {DY_Y_SCALAR, {601, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1541 = {DY_Y_SCALAR, {601, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1542 = {DY_Y_SCALAR, {601, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1543 = {DY_Y_SCALAR, {601, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1544[] = {&n1540, &n1542};
static dy_ynode *v1544[] = {&n1541, &n1543};
static dy_ynode n1544 = {DY_Y_MAP, {601, 18}, NULL, 0, 0, k1544, v1544, 2, 2, 0x140000ull};
static dy_ynode n1545 = {DY_Y_SCALAR, {601, 60}, (char *)"value", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1546 = {DY_Y_SCALAR, {601, 67}, (char *)"10", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1547 = {DY_Y_SCALAR, {601, 71}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1548 = {DY_Y_SCALAR, {601, 78}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1549[] = {&n1545, &n1547};
static dy_ynode *v1549[] = {&n1546, &n1548};
static dy_ynode n1549 = {DY_Y_MAP, {601, 59}, NULL, 0, 0, k1549, v1549, 2, 2, 0x140000ull};
static dy_ynode *v1550[] = {&n1544, &n1549};
static dy_ynode n1550 = {DY_Y_SEQ, {601, 17}, NULL, 0, 0, NULL, v1550, 2, 2, 0ull};
static dy_ynode *k1551[] = {&n1533, &n1535, &n1537, &n1539};
static dy_ynode *v1551[] = {&n1534, &n1536, &n1538, &n1550};
static dy_ynode n1551 = {DY_Y_MAP, {598, 11}, NULL, 0, 0, k1551, v1551, 4, 4, 0x10000004080800ull};
static dy_ynode n1552 = {DY_Y_SCALAR, {602, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1553 = {DY_Y_SCALAR, {602, 17}, (char *)"exports-backlog", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1554 = {DY_Y_SCALAR, {603, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1555 = {DY_Y_SCALAR, {603, 22}, (char *)"jobs.exports.backlog", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1556 = {DY_Y_SCALAR, {604, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1557 = {DY_Y_SCALAR, {604, 16}, (char *)"jobs.exports.baseline", 21, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1558 = {DY_Y_SCALAR, {605, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1559 = {DY_Y_SCALAR, {605, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1560 = {DY_Y_SCALAR, {605, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1561 = {DY_Y_SCALAR, {605, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1562 = {DY_Y_SCALAR, {605, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1563[] = {&n1559, &n1561};
static dy_ynode *v1563[] = {&n1560, &n1562};
static dy_ynode n1563 = {DY_Y_MAP, {605, 18}, NULL, 0, 0, k1563, v1563, 2, 2, 0x140000ull};
static dy_ynode n1564 = {DY_Y_SCALAR, {605, 60}, (char *)"value", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1565 = {DY_Y_SCALAR, {605, 67}, (char *)"10", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1566 = {DY_Y_SCALAR, {605, 71}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1567 = {DY_Y_SCALAR, {605, 78}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1568[] = {&n1564, &n1566};
static dy_ynode *v1568[] = {&n1565, &n1567};
static dy_ynode n1568 = {DY_Y_MAP, {605, 59}, NULL, 0, 0, k1568, v1568, 2, 2, 0x140000ull};
static dy_ynode *v1569[] = {&n1563, &n1568};
static dy_ynode n1569 = {DY_Y_SEQ, {605, 17}, NULL, 0, 0, NULL, v1569, 2, 2, 0ull};
static dy_ynode *k1570[] = {&n1552, &n1554, &n1556, &n1558};
static dy_ynode *v1570[] = {&n1553, &n1555, &n1557, &n1569};
static dy_ynode n1570 = {DY_Y_MAP, {602, 11}, NULL, 0, 0, k1570, v1570, 4, 4, 0x10000004080800ull};
static dy_ynode *v1571[] = {&n1532, &n1551, &n1570};
static dy_ynode n1571 = {DY_Y_SEQ, {594, 9}, NULL, 0, 0, NULL, v1571, 3, 3, 0ull};
static dy_ynode *k1572[] = {&n1511, &n1513};
static dy_ynode *v1572[] = {&n1512, &n1571};
static dy_ynode n1572 = {DY_Y_MAP, {592, 7}, NULL, 0, 0, k1572, v1572, 2, 2, 0x400000080000ull};
static dy_ynode n1573 = {DY_Y_SCALAR, {606, 5}, (char *)"db", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1574 = {DY_Y_SCALAR, {607, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1575 = {DY_Y_SCALAR, {607, 20}, (char *)"maintenance.db", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1576 = {DY_Y_SCALAR, {608, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1577 = {DY_Y_SCALAR, {609, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1578 = {DY_Y_SCALAR, {609, 17}, (char *)"db-pool-saturation", 18, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1579 = {DY_Y_SCALAR, {610, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1580 = {DY_Y_SCALAR, {610, 22}, (char *)"db.pool.in_use", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1581 = {DY_Y_SCALAR, {611, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1582 = {DY_Y_SCALAR, {611, 16}, (char *)"db.pool.size", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1583 = {DY_Y_SCALAR, {612, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1584 = {DY_Y_SCALAR, {612, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1585 = {DY_Y_SCALAR, {612, 26}, (char *)"0.8", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1586 = {DY_Y_SCALAR, {612, 31}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1587 = {DY_Y_SCALAR, {612, 38}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1588[] = {&n1584, &n1586};
static dy_ynode *v1588[] = {&n1585, &n1587};
static dy_ynode n1588 = {DY_Y_MAP, {612, 18}, NULL, 0, 0, k1588, v1588, 2, 2, 0x140000ull};
static dy_ynode n1589 = {DY_Y_SCALAR, {612, 62}, (char *)"value", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1590 = {DY_Y_SCALAR, {612, 69}, (char *)"0.95", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1591 = {DY_Y_SCALAR, {612, 75}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1592 = {DY_Y_SCALAR, {612, 82}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1593[] = {&n1589, &n1591};
static dy_ynode *v1593[] = {&n1590, &n1592};
static dy_ynode n1593 = {DY_Y_MAP, {612, 61}, NULL, 0, 0, k1593, v1593, 2, 2, 0x140000ull};
static dy_ynode *v1594[] = {&n1588, &n1593};
static dy_ynode n1594 = {DY_Y_SEQ, {612, 17}, NULL, 0, 0, NULL, v1594, 2, 2, 0ull};
static dy_ynode *k1595[] = {&n1577, &n1579, &n1581, &n1583};
static dy_ynode *v1595[] = {&n1578, &n1580, &n1582, &n1594};
static dy_ynode n1595 = {DY_Y_MAP, {609, 11}, NULL, 0, 0, k1595, v1595, 4, 4, 0x10000004080800ull};
static dy_ynode n1596 = {DY_Y_SCALAR, {613, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1597 = {DY_Y_SCALAR, {613, 17}, (char *)"db-slow-queries", 15, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1598 = {DY_Y_SCALAR, {614, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1599 = {DY_Y_SCALAR, {614, 22}, (char *)"db.slow_queries_per_minute", 26, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1600 = {DY_Y_SCALAR, {615, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1601 = {DY_Y_SCALAR, {615, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1602 = {DY_Y_SCALAR, {615, 26}, (char *)"10", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1603 = {DY_Y_SCALAR, {615, 30}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1604 = {DY_Y_SCALAR, {615, 37}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1605[] = {&n1601, &n1603};
static dy_ynode *v1605[] = {&n1602, &n1604};
static dy_ynode n1605 = {DY_Y_MAP, {615, 18}, NULL, 0, 0, k1605, v1605, 2, 2, 0x140000ull};
static dy_ynode n1606 = {DY_Y_SCALAR, {615, 61}, (char *)"value", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1607 = {DY_Y_SCALAR, {615, 68}, (char *)"50", 2, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1608 = {DY_Y_SCALAR, {615, 72}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1609 = {DY_Y_SCALAR, {615, 79}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1610[] = {&n1606, &n1608};
static dy_ynode *v1610[] = {&n1607, &n1609};
static dy_ynode n1610 = {DY_Y_MAP, {615, 60}, NULL, 0, 0, k1610, v1610, 2, 2, 0x140000ull};
static dy_ynode *v1611[] = {&n1605, &n1610};
static dy_ynode n1611 = {DY_Y_SEQ, {615, 17}, NULL, 0, 0, NULL, v1611, 2, 2, 0ull};
static dy_ynode *k1612[] = {&n1596, &n1598, &n1600};
static dy_ynode *v1612[] = {&n1597, &n1599, &n1611};
static dy_ynode n1612 = {DY_Y_MAP, {613, 11}, NULL, 0, 0, k1612, v1612, 3, 3, 0x10000004000800ull};
static dy_ynode *v1613[] = {&n1595, &n1612};
static dy_ynode n1613 = {DY_Y_SEQ, {609, 9}, NULL, 0, 0, NULL, v1613, 2, 2, 0ull};
static dy_ynode *k1614[] = {&n1574, &n1576};
static dy_ynode *v1614[] = {&n1575, &n1613};
static dy_ynode n1614 = {DY_Y_MAP, {607, 7}, NULL, 0, 0, k1614, v1614, 2, 2, 0x400000080000ull};
static dy_ynode n1615 = {DY_Y_SCALAR, {616, 5}, (char *)"notifications", 13, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1616 = {DY_Y_SCALAR, {617, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1617 = {DY_Y_SCALAR, {617, 20}, (char *)"maintenance.notifications", 25, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1618 = {DY_Y_SCALAR, {618, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1619 = {DY_Y_SCALAR, {619, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1620 = {DY_Y_SCALAR, {619, 18}, (char *)"notifications-health", 20, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1621 = {DY_Y_SCALAR, {619, 40}, (char *)"health", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1622 = {DY_Y_SCALAR, {619, 48}, (char *)"notifications.health.status_code", 32, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1623 = {DY_Y_SCALAR, {619, 82}, (char *)"expect", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1624 = {DY_Y_SCALAR, {619, 90}, (char *)"200", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1625 = {DY_Y_SCALAR, {620, 12}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1626 = {DY_Y_SCALAR, {620, 19}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1627[] = {&n1619, &n1621, &n1623, &n1625};
static dy_ynode *v1627[] = {&n1620, &n1622, &n1624, &n1626};
static dy_ynode n1627 = {DY_Y_MAP, {619, 11}, NULL, 0, 0, k1627, v1627, 4, 4, 0x10040000120000ull};
static dy_ynode *v1628[] = {&n1627};
static dy_ynode n1628 = {DY_Y_SEQ, {619, 9}, NULL, 0, 0, NULL, v1628, 1, 1, 0ull};
static dy_ynode *k1629[] = {&n1616, &n1618};
static dy_ynode *v1629[] = {&n1617, &n1628};
static dy_ynode n1629 = {DY_Y_MAP, {617, 7}, NULL, 0, 0, k1629, v1629, 2, 2, 0x400000080000ull};
static dy_ynode n1630 = {DY_Y_SCALAR, {621, 5}, (char *)"dashboard", 9, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1631 = {DY_Y_SCALAR, {622, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1632 = {DY_Y_SCALAR, {622, 20}, (char *)"maintenance.dashboard", 21, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1633 = {DY_Y_SCALAR, {623, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1634 = {DY_Y_SCALAR, {624, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1635 = {DY_Y_SCALAR, {624, 18}, (char *)"dashboard-health", 16, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1636 = {DY_Y_SCALAR, {624, 36}, (char *)"health", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1637 = {DY_Y_SCALAR, {624, 44}, (char *)"dashboard.health.status_code", 28, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1638 = {DY_Y_SCALAR, {624, 74}, (char *)"expect", 6, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1639 = {DY_Y_SCALAR, {624, 82}, (char *)"200", 3, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1640 = {DY_Y_SCALAR, {625, 12}, (char *)"state", 5, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode n1641 = {DY_Y_SCALAR, {625, 19}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0, 0ull};
static dy_ynode *k1642[] = {&n1634, &n1636, &n1638, &n1640};
static dy_ynode *v1642[] = {&n1635, &n1637, &n1639, &n1641};
static dy_ynode n1642 = {DY_Y_MAP, {624, 11}, NULL, 0, 0, k1642, v1642, 4, 4, 0x10040000120000ull};
static dy_ynode *v1643[] = {&n1642};
static dy_ynode n1643 = {DY_Y_SEQ, {624, 9}, NULL, 0, 0, NULL, v1643, 1, 1, 0ull};
static dy_ynode *k1644[] = {&n1631, &n1633};
static dy_ynode *v1644[] = {&n1632, &n1643};
static dy_ynode n1644 = {DY_Y_MAP, {622, 7}, NULL, 0, 0, k1644, v1644, 2, 2, 0x400000080000ull};
static dy_ynode *k1645[] = {&n1439, &n1477, &n1510, &n1573, &n1615, &n1630};
static dy_ynode *v1645[] = {&n1476, &n1509, &n1572, &n1614, &n1629, &n1644};
static dy_ynode n1645 = {DY_Y_MAP, {573, 5}, NULL, 0, 0, k1645, v1645, 6, 6, 0x100080000b04ull};
static dy_ynode *k1646[] = {&n1386, &n1388, &n1390, &n1392, &n1438};
static dy_ynode *v1646[] = {&n1387, &n1389, &n1391, &n1437, &n1645};
static dy_ynode n1646 = {DY_Y_MAP, {564, 3}, NULL, 0, 0, k1646, v1646, 5, 5, 0x108000488ull};
static dy_ynode *k1647[] = {&n0, &n2, &n60, &n81, &n947, &n1145, &n1154, &n1156, &n1162, &n1169, &n1280, &n1312, &n1385};
static dy_ynode *v1647[] = {&n1, &n59, &n80, &n946, &n1144, &n1153, &n1155, &n1161, &n1168, &n1279, &n1311, &n1384, &n1646};
static dy_ynode n1647 = {DY_Y_MAP, {8, 1}, NULL, 0, 0, k1647, v1647, 13, 13, 0x1000440840504007ull};

dy_ynode *const dy_default_policy_tree = &n1647;

const char dy_default_policy_tree_source[] =
    "# yaml-language-server: $schema=https://raw.githubusercontent.com/libday"
    "one/libdayone/main/docs/policy.schema.json\012"
    "# The default libdayone policy: the Day-1 Ops Playbook as checks.\012"
    "#\012"
    "# Compiled into the library (dayone_policy_load_default, `dayone check`\012"
    "# without --policy). Copy it as a starting point for your own policy; ev"
    "ery\012"
    "# key is described in docs/policy.md. Tests rely on the flag names, rule"
    " ids,\012"
    "# secrets and plan names below: change them only together with the tests"
    ".\012"
    "version: 1\012"
    "\012"
    "# Feature flags: named booleans read from environment variables. A flag\012"
    "# variable that is set to something other than a boolean\012"
    "# (true/false/1/0/yes/no/on/off) is reported as flag-not-boolean.\012"
    "flags:\012"
    "  launch_mode:\012"
    "    env: LAUNCH_MODE\012"
    "    default: false\012"
    "    description: \042Production launch posture: no demo behaviour, stric"
    "t billing.\042\012"
    "  billing:\012"
    "    env: BILLING_ENABLED\012"
    "    default: false\012"
    "    description: \042Stripe billing is on: Stripe secrets become require"
    "d.\042\012"
    "  zero_trust:\012"
    "    env: ZERO_TRUST_ENABLED\012"
    "    default: false\012"
    "    description: \042Zero Trust mode: its API key becomes required.\042\012"
    "  sso:\012"
    "    env: SSO_ENABLED\012"
    "    default: false\012"
    "    description: \042Single sign-on: the secrets of SSO_PROTOCOL (oidc o"
    "r saml) become required.\042\012"
    "  security_headers:\012"
    "    env: SECURITY_HEADERS_ENABLED\012"
    "    default: false\012"
    "    description: \042HTTP security headers (HSTS, CSP, ...).\042\012"
    "  demo_seed:\012"
    "    env: DEMO_SEED_ENABLED\012"
    "    default: false\012"
    "    description: \042Seeds demo tenants at start-up. Never in launch mod"
    "e.\042\012"
    "  demo_data:\012"
    "    env: DEMO_DATA_ENABLED\012"
    "    default: false\012"
    "    description: \042Includes demo data in responses. Never in launch mo"
    "de.\042\012"
    "\012"
    "# Which variable names the deployment environment, and what counts as\012"
    "# production. A value that is not exactly one of `values` is an\012"
    "# environment-unknown error (\042did you mean production\077\042); one t"
    "hat merely\012"
    "# looks like production (any case, blanks around it, or a production_lik"
    "e\012"
    "# spelling: prod, prd, live, prod-eu, ...) also counts as production, so"
    " every\012"
    "# production rule below applies to it. Unset is allowed outside launch m"
    "ode\012"
    "# (a developer machine). launch_flag is the flag that turns launch mode "
    "on;\012"
    "# production turns it on too.\012"
    "environment:\012"
    "  env: ENVIRONMENT\012"
    "  values: [production, staging, development, test, preview]\012"
    "  production: production\012"
    "  production_like: [prod, prd, live, \042prod-*\042]\012"
    "  launch_flag: launch_mode\012"
    "\012"
    "# Launch mode posture (playbook: \042Launch mode posture\042).\012"
    "posture:\012"
    "  - id: production-requires-launch-mode\012"
    "    key: LAUNCH_MODE\012"
    "    when: {var: ENVIRONMENT, equals: production}\012"
    "    is: true\012"
    "    hint: \042Set LAUNCH_MODE=true in production.\042\012"
    "\012"
    "  - id: launch-requires-production\012"
    "    key: ENVIRONMENT\012"
    "    when: {flag: launch_mode}\012"
    "    equals: production\012"
    "    hint: \042Launch mode is for production: set ENVIRONMENT=production."
    "\042\012"
    "\012"
    "  - id: launch-requires-security-headers\012"
    "    key: SECURITY_HEADERS_ENABLED\012"
    "    when: {flag: launch_mode}\012"
    "    is: true\012"
    "    hint: \042Set SECURITY_HEADERS_ENABLED=true before launch.\042\012"
    "\012"
    "  - id: launch-disables-demo-seed\012"
    "    key: DEMO_SEED_ENABLED\012"
    "    when: {flag: launch_mode}\012"
    "    is: false              # unset counts as false\012"
    "    hint: \042Unset DEMO_SEED_ENABLED (or set it to false) in launch mod"
    "e.\042\012"
    "\012"
    "  - id: launch-disables-demo-data\012"
    "    key: DEMO_DATA_ENABLED\012"
    "    when: {flag: launch_mode}\012"
    "    is: false\012"
    "    hint: \042Unset DEMO_DATA_ENABLED (or set it to false) in launch mod"
    "e.\042\012"
    "\012"
    "  - id: launch-requires-strict-billing\012"
    "    key: BILLING_ENFORCEMENT\012"
    "    when: {flag: launch_mode}\012"
    "    equals: strict\012"
    "    hint: \042Set BILLING_ENFORCEMENT=strict: hard limits and paywall ga"
    "ting.\042\012"
    "\012"
    "  - id: billing-enforcement-valid\012"
    "    key: BILLING_ENFORCEMENT\012"
    "    format: enum           # only checked when set\012"
    "    values: [strict, soft, off]\012"
    "    hint: \042BILLING_ENFORCEMENT is one of strict, soft, off.\042\012"
    "\012"
    "  - id: sso-protocol-valid\012"
    "    key: SSO_PROTOCOL\012"
    "    when: {flag: sso}\012"
    "    format: enum           # unset (or blank) means oidc\012"
    "    values: [oidc, saml]\012"
    "    hint: \042Set SSO_PROTOCOL to oidc or saml (unset means oidc).\042\012"
    "\012"
    "  # Incident records and drills (playbook: \042Incident response\042, \042"
    "Mock\012"
    "  # incident drill\042), profile incident only: `dayone check --profile\012"
    "  # incident --facts incident.json`. The record's shape: docs/incidents."
    "md.\012"
    "  - id: incident-kind\012"
    "    key: incident.kind\012"
    "    profiles: [incident]\012"
    "    format: enum\012"
    "    values: [incident, drill]\012"
    "    hint: \042Say whether the record is a real incident or a drill.\042\012"
    "\012"
    "  - id: incident-severity\012"
    "    key: incident.severity\012"
    "    profiles: [incident]\012"
    "    format: enum\012"
    "    values: [SEV-1, SEV-2, SEV-3, SEV-4, SEV-5]\012"
    "    hint: \042Set the severity (playbook: set severity and publish statu"
    "s page incident).\042\012"
    "\012"
    "  - id: incident-status\012"
    "    key: incident.status\012"
    "    profiles: [incident]\012"
    "    format: enum\012"
    "    values: [investigating, identified, monitoring, resolved]\012"
    "    hint: \042Give the status the status page shows (the four statuses o"
    "f the playbook).\042\012"
    "\012"
    "  - id: incident-status-page\012"
    "    key: incident.status_page.published_at\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.severity, in: [SEV-1, SEV-2]}\012"
    "    format: timestamp\012"
    "    hint: \042SEV-1 and SEV-2 incidents are published on the status page"
    ": record when.\042\012"
    "\012"
    "  - id: incident-impact-named\012"
    "    key: incident.components\012"
    "    profiles: [incident]\012"
    "    sequence: {key: name, includes_any: [API, ingest, geo, notifications"
    ", dashboard]}\012"
    "    hint: \042Name what is affected: API, ingest, geo, notifications or "
    "dashboard.\042\012"
    "\012"
    "  - id: incident-status-forward\012"
    "    key: incident.updates\012"
    "    profiles: [incident]\012"
    "    min_items: 1\012"
    "    sequence: {key: status, order: [investigating, identified, monitorin"
    "g, resolved]}\012"
    "    hint: \042Statuses only move forward, in the playbook's order; recor"
    "d them oldest first.\042\012"
    "\012"
    "  - id: incident-update-gaps\012"
    "    key: incident.updates\012"
    "    profiles: [incident]\012"
    "    required: false        # incident-status-forward reports a missing l"
    "ist\012"
    "    intervals: {key: created_at, max: 60m, warn: 30m}\012"
    "    hint: \042Communicate status updates every 30-60 minutes.\042\012"
    "\012"
    "  - id: incident-update-due\012"
    "    key: incident.updates\012"
    "    profiles: [incident]\012"
    "    when: {not: {fact: incident.status, equals: resolved}}\012"
    "    required: false\012"
    "    intervals: {key: created_at, max: 60m, warn: 30m, gaps: false, to_no"
    "w: true}\012"
    "    hint: \042Post a status update now: every 30-60 minutes until resolv"
    "ed.\042\012"
    "\012"
    "  - id: incident-resolved-through-identified\012"
    "    key: incident.updates\012"
    "    profiles: [incident]\012"
    "    when: {all: [{fact: incident.status, equals: resolved}, {fact: incid"
    "ent.kind, equals: incident}]}\012"
    "    required: false\012"
    "    sequence: {key: status, includes: [identified]}\012"
    "    hint: \042A resolved incident was identified first: record the ident"
    "ified update.\042\012"
    "\012"
    "  - id: incident-resolved-at\012"
    "    key: incident.resolved_at\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.status, equals: resolved}\012"
    "    not_before: {fact: incident.created_at}\012"
    "    hint: \042Record when the incident was resolved.\042\012"
    "\012"
    "  - id: incident-recovery-verified\012"
    "    key: incident.recovery.verified\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.status, equals: resolved}\012"
    "    is: true\012"
    "    hint: \042Resolve only after the recovery metrics are verified.\042\012"
    "\012"
    "  - id: incident-report-due\012"
    "    key: incident.report.published_at\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.status, equals: resolved}\012"
    "    deadline: {after: incident.resolved_at, within: 48h, warn: 12h}\012"
    "    hint: \042Write the post-incident report within 48 hours of resoluti"
    "on.\042\012"
    "\012"
    "  - id: incident-report-path\012"
    "    key: incident.report.path\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.report.published_at, set: true}\012"
    "    required: true\012"
    "    hint: \042Say where the published report is.\042\012"
    "\012"
    "  - id: drill-recent\012"
    "    key: incident.created_at\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.kind, equals: drill}\012"
    "    max_age: 31d\012"
    "    hint: \042Run the mock incident drill monthly.\042\012"
    "\012"
    "  - id: drill-visits-every-status\012"
    "    key: incident.updates\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.kind, equals: drill}\012"
    "    required: false\012"
    "    sequence: {key: status, includes: [investigating, identified, monito"
    "ring, resolved]}\012"
    "    hint: \042A drill goes through all four statuses of the playbook, in"
    " order.\042\012"
    "\012"
    "  - id: drill-alerted\012"
    "    key: incident.alerted_at\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.kind, equals: drill}\012"
    "    format: timestamp\012"
    "    hint: \042Verify alerting detects elevated error rates: record when "
    "it alerted.\042\012"
    "\012"
    "  - id: drill-alert-before-identified\012"
    "    key: incident.updates\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.kind, equals: drill}\012"
    "    required: false\012"
    "    each: {when: {fact: status, equals: identified}, key: created_at, no"
    "t_before: {fact: incident.alerted_at}}\012"
    "    hint: \042The alert comes before the cause is identified.\042\012"
    "\012"
    "  - id: drill-timeline\012"
    "    key: incident.timeline\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.kind, equals: drill}\012"
    "    min_items: 1\012"
    "    each: {key: at, format: timestamp}\012"
    "    hint: \042Document the drill's timeline: each entry with its time.\042"
    "\012"
    "\012"
    "  - id: drill-timeline-events\012"
    "    key: incident.timeline\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.kind, equals: drill}\012"
    "    required: false\012"
    "    each: {key: event, placeholders: true}\012"
    "    hint: \042Document what happened at each time.\042\012"
    "\012"
    "  - id: drill-lessons-learned\012"
    "    key: incident.lessons_learned\012"
    "    profiles: [incident]\012"
    "    when: {fact: incident.kind, equals: drill}\012"
    "    required: true\012"
    "    placeholders: true\012"
    "    hint: \042Document the lessons learned.\042\012"
    "# ---- The daily profile (playbook: daily checks, backup and rollback\012"
    "# readiness, contacts, abuse and access review). `dayone check --profile"
    "\012"
    "# daily --facts daily.json` runs these against the facts your backup too"
    "l,\012"
    "# on-call schedule, audit log export and limiter hand over\012"
    "# (examples/ops/daily.json; docs/daily.md). A service's start-up never r"
    "uns\012"
    "# them. Every fact name, threshold and window below is policy data: copy"
    "\012"
    "# the policy and change them.\012"
    "  - id: daily-backup-db-fresh\012"
    "    key: backup.db.last_success_at\012"
    "    profiles: [daily]\012"
    "    max_age: 26h\012"
    "    hint: \042The database backup must have succeeded within 26h: check "
    "the backup job and record its last success.\042\012"
    "\012"
    "  - id: daily-backup-db-completed\012"
    "    key: backup.db.status\012"
    "    profiles: [daily]\012"
    "    equals: completed\012"
    "    hint: \042The last database backup must report completed (not partia"
    "lly failed): check and rerun it.\042\012"
    "\012"
    "  - id: daily-backup-db-retention\012"
    "    key: backup.db.retention_days\012"
    "    profiles: [daily]\012"
    "    format: number\012"
    "    min: 35\012"
    "    severity: warning\012"
    "    hint: \042Keep database backups for at least 35 days.\042\012"
    "\012"
    "  - id: daily-backup-objects-fresh\012"
    "    key: backup.object_storage.last_success_at\012"
    "    profiles: [daily]\012"
    "    max_age: 26h\012"
    "    hint: \042The object storage backup must have succeeded within 26h: "
    "check the backup job and record its last success.\042\012"
    "\012"
    "  - id: daily-backup-objects-completed\012"
    "    key: backup.object_storage.status\012"
    "    profiles: [daily]\012"
    "    equals: completed\012"
    "    hint: \042The last object storage backup must report completed (not "
    "partially failed): check and rerun it.\042\012"
    "\012"
    "  - id: daily-backup-objects-retention\012"
    "    key: backup.object_storage.retention_days\012"
    "    profiles: [daily]\012"
    "    format: number\012"
    "    min: 35\012"
    "    severity: warning\012"
    "    hint: \042Keep object storage backups for at least 35 days.\042\012"
    "\012"
    "  - id: daily-restore-validated\012"
    "    key: backup.restore.validated_at\012"
    "    profiles: [daily]\012"
    "    max_age: 31d\012"
    "    hint: \042Validate the restore procedure (restore a backup somewhere"
    " and check it) once a month.\042\012"
    "\012"
    "  - id: daily-artifact-recorded\012"
    "    key: deploy.last_known_good.artifact\012"
    "    profiles: [daily]\012"
    "    placeholders: true\012"
    "    pattern: \042^sha256:(\077!0{64}$)[0-9a-f]{64}$\042\012"
    "    hint: \042Record the last known good deployment artifact as its dige"
    "st: sha256: and 64 hex digits.\042\012"
    "\012"
    "  - id: daily-artifact-verified\012"
    "    key: deploy.last_known_good.verified\012"
    "    profiles: [daily]\012"
    "    is: true\012"
    "    hint: \042Verify that the last known good artifact can still be pull"
    "ed and matches its digest.\042\012"
    "\012"
    "  - id: daily-contact-oncall-primary\012"
    "    key: contacts.oncall_primary\012"
    "    profiles: [daily]\012"
    "    placeholders: true\012"
    "    differs_from: contacts.oncall_secondary\012"
    "    hint: \042Name the primary on-call (a person, not <fill>), someone o"
    "ther than the secondary.\042\012"
    "\012"
    "  - id: daily-contact-oncall-secondary\012"
    "    key: contacts.oncall_secondary\012"
    "    profiles: [daily]\012"
    "    placeholders: true\012"
    "    hint: \042Name the secondary on-call (a person, not <fill>).\042\012"
    "\012"
    "  - id: daily-contact-status-page-admin\012"
    "    key: contacts.status_page_admin\012"
    "    profiles: [daily]\012"
    "    placeholders: true\012"
    "    hint: \042Name who can publish on the status page.\042\012"
    "\012"
    "  - id: daily-contact-security\012"
    "    key: contacts.security\012"
    "    profiles: [daily]\012"
    "    placeholders: true\012"
    "    hint: \042Name the security contact.\042\012"
    "\012"
    "  - id: daily-banlist-growth\012"
    "    key: abuse.banlist.added_24h\012"
    "    profiles: [daily]\012"
    "    ratio: {of: abuse.banlist.added_24h_baseline, max: 3}\012"
    "    hint: \042Record the IP-hash banlist's growth over the last day and "
    "its usual daily growth; above 3x the usual, review the new bans.\042\012"
    "\012"
    "  - id: daily-audit-reviewed\012"
    "    key: audit.reviewed_at\012"
    "    profiles: [daily]\012"
    "    max_age: 24h\012"
    "    hint: \042Review the audit log for admin and support access every da"
    "y, then record when.\042\012"
    "\012"
    "  # audit.events: the staff access events dayone_access_decide() wrote ("
    "one\012"
    "  # JSON line each), exported for the last day as a list.\012"
    "  - id: daily-audit-reason\012"
    "    key: audit.events\012"
    "    profiles: [daily]\012"
    "    each: {key: reason, placeholders: true, min_length: 20}\012"
    "    hint: \042Every admin or support access needs a real reason (20 char"
    "acters or more): ask the actor and record it.\042\012"
    "\012"
    "  - id: daily-audit-ticket\012"
    "    key: audit.events\012"
    "    profiles: [daily]\012"
    "    each: {key: ticket, pattern: \042^(SUP|INC)-[0-9]+$\042}\012"
    "    hint: \042Every admin or support access needs a ticket (SUP-123 or I"
    "NC-45).\042\012"
    "\012"
    "  - id: daily-audit-hours\012"
    "    key: audit.events\012"
    "    profiles: [daily]\012"
    "    each: {key: time, hours: {from: \04207:00\042, to: \04220:00\042, of"
    "fset: \042+00:00\042}}\012"
    "    hint: \042Staff access belongs within 07:00-20:00 UTC: find out why "
    "it happened outside (an incident has a ticket).\042\012"
    "\012"
    "  - id: daily-audit-actor-volume\012"
    "    key: audit.events\012"
    "    profiles: [daily]\012"
    "    count_by: {key: actor, max: 3, of: audit.actor_baseline}\012"
    "    hint: \042One actor may take at most 3x audit.actor_baseline staff a"
    "ctions a day: review the actions of one above it.\042\012"
    "\012"
    "  # limits.plans: the deployed plans (as in the policy's plans:); limits"
    ".counts,\012"
    "  # when supplied: per plan and limit, what the limiter allowed and deni"
    "ed\012"
    "  # over a window and the most the plan allows in it (rate x minutes + b"
    "urst).\012"
    "  - id: daily-plans-define-ingest\012"
    "    key: limits.plans\012"
    "    profiles: [daily]\012"
    "    min_items: 1\012"
    "    each: {key: limits.ingest}\012"
    "    hint: \042Every plan needs an ingest limit, or its tenants ingest wi"
    "thout one.\042\012"
    "\012"
    "  - id: daily-limits-enforced\012"
    "    key: limits.counts\012"
    "    profiles: [daily]\012"
    "    required: false\012"
    "    each: {key: allowed, ratio: {of: allowance, max: 1}}\012"
    "    hint: \042The limiter must deny what exceeds a plan (allowed at most"
    " the allowance): an excess means the limit is not enforced.\042\012"
    "\012"
    "# Required secrets (playbook: \042Required secrets checklist (fail fast)"
    "\042).\012"
    "# Every secret is required and rejects placeholders (changeme, <fill>, ."
    "..)\012"
    "# unless it says otherwise.\012"
    "secrets:\012"
    "  - key: SECRET_KEY\012"
    "    min_length: 32\012"
    "    min_entropy: 96        # bits, estimated; a random 32-char key has ~"
    "160\012"
    "    hint: \042Generate one with: openssl rand -base64 48\042\012"
    "\012"
    "  - key: DATABASE_URL\012"
    "    format: database_url\012"
    "    hint: \042e.g. postgresql://user@db.internal:5432/app\042\012"
    "\012"
    "  - key: INTEGRATION_ENCRYPTION_KEY\012"
    "    format: key\012"
    "    decoded_bytes: 32\012"
    "    hint: \04232 random bytes, base64 or hex: openssl rand -base64 32\042"
    "\012"
    "\012"
    "  - key: STRIPE_SECRET_KEY\012"
    "    when: {flag: billing}\012"
    "    format: stripe_secret_key\012"
    "    stripe_mode: true      # sk_test_ in launch mode is an error\012"
    "    hint: \042From the Stripe dashboard: Developers > API keys.\042\012"
    "\012"
    "  - key: STRIPE_WEBHOOK_SECRET\012"
    "    when: {flag: billing}\012"
    "    format: stripe_webhook_secret\012"
    "    hint: \042The whsec_... signing secret of the webhook endpoint.\042\012"
    "\012"
    "  - key: ZERO_TRUST_API_KEY\012"
    "    when: {flag: zero_trust}\012"
    "    min_length: 32\012"
    "\012"
    "  # SSO: SSO_PROTOCOL selects which secrets are required - OpenID Connec"
    "t\012"
    "  # (oidc, also when SSO_PROTOCOL is unset or blank) or SAML 2.0 (saml)."
    "\012"
    "  - key: SSO_CLIENT_ID\012"
    "    when: {all: [{flag: sso}, {any: [{var: SSO_PROTOCOL, set: false}, {v"
    "ar: SSO_PROTOCOL, equals: oidc}]}]}\012"
    "\012"
    "  - key: SSO_CLIENT_SECRET\012"
    "    when: {all: [{flag: sso}, {any: [{var: SSO_PROTOCOL, set: false}, {v"
    "ar: SSO_PROTOCOL, equals: oidc}]}]}\012"
    "    min_length: 32\012"
    "\012"
    "  - key: SSO_ISSUER_URL\012"
    "    when: {all: [{flag: sso}, {any: [{var: SSO_PROTOCOL, set: false}, {v"
    "ar: SSO_PROTOCOL, equals: oidc}]}]}\012"
    "    format: url\012"
    "    schemes: [https]\012"
    "    hint: \042The identity provider's issuer, e.g. https://login.example"
    ".com/\042\012"
    "\012"
    "  - key: SSO_SAML_IDP_METADATA_URL\012"
    "    when: {all: [{flag: sso}, {var: SSO_PROTOCOL, equals: saml}]}\012"
    "    format: url\012"
    "    schemes: [https]\012"
    "    hint: \042The identity provider's SAML metadata URL, e.g. https://id"
    "p.example.com/saml/metadata\042\012"
    "\012"
    "  # PEM text with real line breaks (a .env value in double quotes may wr"
    "ite\012"
    "  # them as \134n; or set NAME_FILE to a .pem file).\012"
    "  - key: SSO_SAML_SP_PRIVATE_KEY\012"
    "    when: {all: [{flag: sso}, {var: SSO_PROTOCOL, equals: saml}]}\012"
    "    format: pem_private_key\012"
    "    hint: \042The service provider's unencrypted signing key, e.g. from:"
    " openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out sp-ke"
    "y.pem (then SSO_SAML_SP_PRIVATE_KEY_FILE=sp-key.pem)\042\012"
    "\012"
    "  - key: SSO_SAML_SP_CERTIFICATE\012"
    "    when: {all: [{flag: sso}, {var: SSO_PROTOCOL, equals: saml}]}\012"
    "    format: pem_certificate\012"
    "    hint: \042The certificate of that key, e.g. from: openssl req -new -"
    "x509 -key sp-key.pem -days 730 -subj /CN=sp.example.com -out sp-cert.pem"
    "\042\012"
    "\012"
    "# A key reused for two purposes fails both.\012"
    "distinct:\012"
    "  - id: secrets-distinct\012"
    "    keys: [SECRET_KEY, INTEGRATION_ENCRYPTION_KEY]\012"
    "\012"
    "waivers: []\012"
    "\012"
    "# Billing enforcement: strict = quota overage is denied (402), soft = al"
    "lowed\012"
    "# and flagged, off = quotas ignored. BILLING_ENFORCEMENT overrides at ru"
    "n time.\012"
    "billing:\012"
    "  enforcement: strict\012"
    "  env: BILLING_ENFORCEMENT\012"
    "\012"
    "# Paid features, cheapest plan first in `plans`.\012"
    "features: [exports, audit_log, sso, zero_trust, support_view_as]\012"
    "\012"
    "# Plans, cheapest first. `ingest` is the browser ingest endpoint\012"
    "# (/api/v1/ingest/browser), `api` the rest of the API. monthly_events is"
    " the\012"
    "# ingest quota (playbook: \042Confirm ingest RPM limits are enforced per"
    " plan\042).\012"
    "plans:\012"
    "  - name: free\012"
    "    limits:\012"
    "      ingest: {rpm: 600, burst: 100, quota: monthly_events}\012"
    "      api: {rpm: 120, burst: 20}\012"
    "    quotas: {monthly_events: 100000}\012"
    "    features: []\012"
    "\012"
    "  - name: pro\012"
    "    limits:\012"
    "      ingest: {rpm: 3000, burst: 500, quota: monthly_events}\012"
    "      api: {rpm: 600, burst: 100}\012"
    "    quotas: {monthly_events: 2000000}\012"
    "    features: [exports]\012"
    "\012"
    "  - name: business\012"
    "    limits:\012"
    "      ingest: {rpm: 15000, burst: 2500, quota: monthly_events}\012"
    "      api: {rpm: 3000, burst: 500}\012"
    "    quotas: {monthly_events: 20000000}\012"
    "    features: [exports, audit_log, sso]\012"
    "\012"
    "  - name: enterprise\012"
    "    limits:\012"
    "      ingest: {rpm: 60000, burst: 10000, quota: monthly_events}\012"
    "      api: {rpm: 12000, burst: 2000}\012"
    "    quotas: {monthly_events: 500000000}\012"
    "    features: [exports, audit_log, sso, zero_trust, support_view_as]\012"
    "\012"
    "# Staff actions on a tenant (playbook: \042Use support view-as only with"
    " a\012"
    "# reason and log it\042; \042Check audit log for admin/support access\042"
    ").\012"
    "# dayone_access_decide() allows or denies each one and writes its audit "
    "event.\012"
    "support:\012"
    "  reason_min_length: 20\012"
    "  ticket: \042^(SUP|INC)-[0-9]+$\042\012"
    "  roles:\012"
    "    support: {actions: [view_as], max_minutes: 60}\012"
    "    engineer: {actions: [view_as, limit_reset], max_minutes: 60}\012"
    "    admin: {actions: [view_as, admin, limit_reset], max_minutes: 30}\012"
    "\012"
    "# What a post-incident report must contain (playbook: \042Post-incident "
    "report\012"
    "# template (required fields)\042); `dayone report lint` checks a report "
    "and\012"
    "# `dayone report template` prints a skeleton. docs/postmortem.md.\012"
    "postmortem:\012"
    "  max_bytes: 262144\012"
    "  placeholders: [\042<fill>\042, TODO, TBD, FIXME, XXX, \042\077\077\077"
    "\042]\012"
    "  sections:\012"
    "    - id: summary\012"
    "      title: Summary and customer impact\012"
    "      headings: [Summary, Customer impact, Impact, Summary and impact, I"
    "ncident summary]\012"
    "    - id: root-cause\012"
    "      title: Root cause\012"
    "      headings: [Root causes, Cause, Root cause analysis]\012"
    "    - id: timeline\012"
    "      title: Detection and response timeline\012"
    "      kind: timeline\012"
    "      headings: [Timeline, Detection and response, Incident timeline]\012"
    "    - id: mitigation\012"
    "      title: Mitigation steps\012"
    "      headings: [Mitigation, Mitigations, Resolution, Remediation]\012"
    "    - id: preventative-actions\012"
    "      title: Preventative actions\012"
    "      kind: actions\012"
    "      headings: [Preventive actions, Action items, Follow-up actions, Fo"
    "llow-ups, Corrective actions]\012"
    "# Component status for the status page (playbook: \042Daily health check"
    "s\042;\012"
    "# \042Status page: reflect current platform health\042). `dayone status "
    "--facts\012"
    "# health.json` judges what monitoring exported and computes each compone"
    "nt's\012"
    "# state (operational, degraded_performance, partial_outage, major_outage"
    ",\012"
    "# under_maintenance); docs/status.md lists every fact below.\012"
    "#\012"
    "# Burn rates (Google SRE workbook, \042Alerting on SLOs\042, multiwindow"
    ",\012"
    "# multi-burn-rate alerts): error budget B = 100% - objective; a pair fir"
    "es\012"
    "# when error_rate(long) > factor * B AND error_rate(short) > factor * B,"
    "\012"
    "# where error_rate is the 5xx rate or 100% - the success rate over that\012"
    "# window (facts FACT.1h, FACT.5m, ...).\012"
    "status:\012"
    "  published: status_page.components    # status-drift: published less se"
    "vere than computed\012"
    "  observed_at: observed_at              # when monitoring exported the f"
    "acts (RFC 3339)\012"
    "  max_age: 15m                          # older (status-stale): every co"
    "mponent unknown\012"
    "  burn_rate_windows:\012"
    "    - {long: 1h, short: 5m, factor: 14.4, alert: page, state: partial_ou"
    "tage}\012"
    "    - {long: 6h, short: 30m, factor: 6, alert: page, state: partial_outa"
    "ge}\012"
    "    - {long: 1d, short: 2h, factor: 3, alert: ticket, state: degraded_pe"
    "rformance}\012"
    "    - {long: 3d, short: 6h, factor: 1, alert: ticket, state: degraded_pe"
    "rformance}\012"
    "  components:\012"
    "    api:                                # /api/v1/health returns 200; 5x"
    "x; 429 spikes\012"
    "      maintenance: maintenance.api\012"
    "      checks:\012"
    "        - {name: api-health, health: api.health.status_code, expect: 200"
    ", state: major_outage}\012"
    "        - {name: api-5xx, burn_rate: api.error_rate_5xx, measures: error"
    "s, objective: 99.9%}\012"
    "        - name: api-429-spike\012"
    "          threshold: api.rate_429\012"
    "          per: api.rate_429_baseline\012"
    "          over: [{value: 3, state: degraded_performance}]\012"
    "    ingest:                             # /api/v1/ingest/browser success"
    " rate is stable\012"
    "      maintenance: maintenance.ingest\012"
    "      checks:\012"
    "        - {name: ingest-health, health: ingest.health.status_code, expec"
    "t: 200,\012"
    "           state: major_outage}\012"
    "        - {name: ingest-success, burn_rate: ingest.success_rate, measure"
    "s: success,\012"
    "           objective: 99.9%}\012"
    "        - {name: ingest-5xx, burn_rate: ingest.error_rate_5xx, measures:"
    " errors,\012"
    "           objective: 99.9%}\012"
    "    jobs:                               # geo enrichment, aggregation, e"
    "xports: no backlog spikes\012"
    "      maintenance: maintenance.jobs\012"
    "      checks:\012"
    "        - name: geo-enrichment-backlog\012"
    "          threshold: jobs.geo_enrichment.backlog\012"
    "          per: jobs.geo_enrichment.baseline\012"
    "          over: [{value: 3, state: degraded_performance}, {value: 10, st"
    "ate: partial_outage}]\012"
    "        - name: aggregation-backlog\012"
    "          threshold: jobs.aggregation.backlog\012"
    "          per: jobs.aggregation.baseline\012"
    "          over: [{value: 3, state: degraded_performance}, {value: 10, st"
    "ate: partial_outage}]\012"
    "        - name: exports-backlog\012"
    "          threshold: jobs.exports.backlog\012"
    "          per: jobs.exports.baseline\012"
    "          over: [{value: 3, state: degraded_performance}, {value: 10, st"
    "ate: partial_outage}]\012"
    "    db:                                 # connection pool saturation and"
    " slow queries\012"
    "      maintenance: maintenance.db\012"
    "      checks:\012"
    "        - name: db-pool-saturation\012"
    "          threshold: db.pool.in_use\012"
    "          per: db.pool.size\012"
    "          over: [{value: 0.8, state: degraded_performance}, {value: 0.95"
    ", state: partial_outage}]\012"
    "        - name: db-slow-queries\012"
    "          threshold: db.slow_queries_per_minute\012"
    "          over: [{value: 10, state: degraded_performance}, {value: 50, s"
    "tate: partial_outage}]\012"
    "    notifications:\012"
    "      maintenance: maintenance.notifications\012"
    "      checks:\012"
    "        - {name: notifications-health, health: notifications.health.stat"
    "us_code, expect: 200,\012"
    "           state: major_outage}\012"
    "    dashboard:\012"
    "      maintenance: maintenance.dashboard\012"
    "      checks:\012"
    "        - {name: dashboard-health, health: dashboard.health.status_code,"
    " expect: 200,\012"
    "           state: major_outage}\012";
const size_t dy_default_policy_tree_source_len = 24506;
