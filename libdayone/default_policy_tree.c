/* Generated from libdayone/default-policy.yaml by
 * scripts/default_policy_tree_gen.c. Do not edit: regenerate with
 *   cmake --build --preset dev --target default-policy-tree
 * (ctest packaging.default_policy_tree_fresh says when it is stale; a
 * stale tree is never used: see default_policy_tree.h). */
#include <stddef.h>
#include "default_policy_tree.h"

static dy_ynode n0 = {DY_Y_SCALAR, {8, 1}, (char *)"version", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n1 = {DY_Y_SCALAR, {8, 10}, (char *)"1", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n2 = {DY_Y_SCALAR, {13, 1}, (char *)"flags", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n3 = {DY_Y_SCALAR, {14, 3}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n4 = {DY_Y_SCALAR, {15, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n5 = {DY_Y_SCALAR, {15, 10}, (char *)"LAUNCH_MODE", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n6 = {DY_Y_SCALAR, {16, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n7 = {DY_Y_SCALAR, {16, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n8 = {DY_Y_SCALAR, {17, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n9 = {DY_Y_SCALAR, {17, 18}, (char *)"Production launch posture: no demo behaviour, strict billing.", 61, 0, NULL, NULL, 0, 0};
static dy_ynode *k10[] = {&n4, &n6, &n8};
static dy_ynode *v10[] = {&n5, &n7, &n9};
static dy_ynode n10 = {DY_Y_MAP, {15, 5}, NULL, 0, 0, k10, v10, 3, 3};
static dy_ynode n11 = {DY_Y_SCALAR, {18, 3}, (char *)"billing", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n12 = {DY_Y_SCALAR, {19, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n13 = {DY_Y_SCALAR, {19, 10}, (char *)"BILLING_ENABLED", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n14 = {DY_Y_SCALAR, {20, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n15 = {DY_Y_SCALAR, {20, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n16 = {DY_Y_SCALAR, {21, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n17 = {DY_Y_SCALAR, {21, 18}, (char *)"Stripe billing is on: Stripe secrets become required.", 53, 0, NULL, NULL, 0, 0};
static dy_ynode *k18[] = {&n12, &n14, &n16};
static dy_ynode *v18[] = {&n13, &n15, &n17};
static dy_ynode n18 = {DY_Y_MAP, {19, 5}, NULL, 0, 0, k18, v18, 3, 3};
static dy_ynode n19 = {DY_Y_SCALAR, {22, 3}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n20 = {DY_Y_SCALAR, {23, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n21 = {DY_Y_SCALAR, {23, 10}, (char *)"ZERO_TRUST_ENABLED", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n22 = {DY_Y_SCALAR, {24, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n23 = {DY_Y_SCALAR, {24, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n24 = {DY_Y_SCALAR, {25, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n25 = {DY_Y_SCALAR, {25, 18}, (char *)"Zero Trust mode: its API key becomes required.", 46, 0, NULL, NULL, 0, 0};
static dy_ynode *k26[] = {&n20, &n22, &n24};
static dy_ynode *v26[] = {&n21, &n23, &n25};
static dy_ynode n26 = {DY_Y_MAP, {23, 5}, NULL, 0, 0, k26, v26, 3, 3};
static dy_ynode n27 = {DY_Y_SCALAR, {26, 3}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n28 = {DY_Y_SCALAR, {27, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n29 = {DY_Y_SCALAR, {27, 10}, (char *)"SSO_ENABLED", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n30 = {DY_Y_SCALAR, {28, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n31 = {DY_Y_SCALAR, {28, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n32 = {DY_Y_SCALAR, {29, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n33 = {DY_Y_SCALAR, {29, 18}, (char *)"Single sign-on: the secrets of SSO_PROTOCOL (oidc or saml) become requir"
    "ed.", 75, 0, NULL, NULL, 0, 0};
static dy_ynode *k34[] = {&n28, &n30, &n32};
static dy_ynode *v34[] = {&n29, &n31, &n33};
static dy_ynode n34 = {DY_Y_MAP, {27, 5}, NULL, 0, 0, k34, v34, 3, 3};
static dy_ynode n35 = {DY_Y_SCALAR, {30, 3}, (char *)"security_headers", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n36 = {DY_Y_SCALAR, {31, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n37 = {DY_Y_SCALAR, {31, 10}, (char *)"SECURITY_HEADERS_ENABLED", 24, 1, NULL, NULL, 0, 0};
static dy_ynode n38 = {DY_Y_SCALAR, {32, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n39 = {DY_Y_SCALAR, {32, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n40 = {DY_Y_SCALAR, {33, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n41 = {DY_Y_SCALAR, {33, 18}, (char *)"HTTP security headers (HSTS, CSP, ...).", 39, 0, NULL, NULL, 0, 0};
static dy_ynode *k42[] = {&n36, &n38, &n40};
static dy_ynode *v42[] = {&n37, &n39, &n41};
static dy_ynode n42 = {DY_Y_MAP, {31, 5}, NULL, 0, 0, k42, v42, 3, 3};
static dy_ynode n43 = {DY_Y_SCALAR, {34, 3}, (char *)"demo_seed", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n44 = {DY_Y_SCALAR, {35, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n45 = {DY_Y_SCALAR, {35, 10}, (char *)"DEMO_SEED_ENABLED", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n46 = {DY_Y_SCALAR, {36, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n47 = {DY_Y_SCALAR, {36, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n48 = {DY_Y_SCALAR, {37, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n49 = {DY_Y_SCALAR, {37, 18}, (char *)"Seeds demo tenants at start-up. Never in launch mode.", 53, 0, NULL, NULL, 0, 0};
static dy_ynode *k50[] = {&n44, &n46, &n48};
static dy_ynode *v50[] = {&n45, &n47, &n49};
static dy_ynode n50 = {DY_Y_MAP, {35, 5}, NULL, 0, 0, k50, v50, 3, 3};
static dy_ynode n51 = {DY_Y_SCALAR, {38, 3}, (char *)"demo_data", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n52 = {DY_Y_SCALAR, {39, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n53 = {DY_Y_SCALAR, {39, 10}, (char *)"DEMO_DATA_ENABLED", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n54 = {DY_Y_SCALAR, {40, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n55 = {DY_Y_SCALAR, {40, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n56 = {DY_Y_SCALAR, {41, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n57 = {DY_Y_SCALAR, {41, 18}, (char *)"Includes demo data in responses. Never in launch mode.", 54, 0, NULL, NULL, 0, 0};
static dy_ynode *k58[] = {&n52, &n54, &n56};
static dy_ynode *v58[] = {&n53, &n55, &n57};
static dy_ynode n58 = {DY_Y_MAP, {39, 5}, NULL, 0, 0, k58, v58, 3, 3};
static dy_ynode *k59[] = {&n3, &n11, &n19, &n27, &n35, &n43, &n51};
static dy_ynode *v59[] = {&n10, &n18, &n26, &n34, &n42, &n50, &n58};
static dy_ynode n59 = {DY_Y_MAP, {14, 3}, NULL, 0, 0, k59, v59, 7, 7};
static dy_ynode n60 = {DY_Y_SCALAR, {51, 1}, (char *)"environment", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n61 = {DY_Y_SCALAR, {52, 3}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n62 = {DY_Y_SCALAR, {52, 8}, (char *)"ENVIRONMENT", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n63 = {DY_Y_SCALAR, {53, 3}, (char *)"values", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n64 = {DY_Y_SCALAR, {53, 12}, (char *)"production", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n65 = {DY_Y_SCALAR, {53, 24}, (char *)"staging", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n66 = {DY_Y_SCALAR, {53, 33}, (char *)"development", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n67 = {DY_Y_SCALAR, {53, 46}, (char *)"test", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n68 = {DY_Y_SCALAR, {53, 52}, (char *)"preview", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *v69[] = {&n64, &n65, &n66, &n67, &n68};
static dy_ynode n69 = {DY_Y_SEQ, {53, 11}, NULL, 0, 0, NULL, v69, 5, 5};
static dy_ynode n70 = {DY_Y_SCALAR, {54, 3}, (char *)"production", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n71 = {DY_Y_SCALAR, {54, 15}, (char *)"production", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n72 = {DY_Y_SCALAR, {55, 3}, (char *)"production_like", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n73 = {DY_Y_SCALAR, {55, 21}, (char *)"prod", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n74 = {DY_Y_SCALAR, {55, 27}, (char *)"prd", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n75 = {DY_Y_SCALAR, {55, 32}, (char *)"live", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n76 = {DY_Y_SCALAR, {55, 38}, (char *)"prod-*", 6, 0, NULL, NULL, 0, 0};
static dy_ynode *v77[] = {&n73, &n74, &n75, &n76};
static dy_ynode n77 = {DY_Y_SEQ, {55, 20}, NULL, 0, 0, NULL, v77, 4, 4};
static dy_ynode n78 = {DY_Y_SCALAR, {56, 3}, (char *)"launch_flag", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n79 = {DY_Y_SCALAR, {56, 16}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k80[] = {&n61, &n63, &n70, &n72, &n78};
static dy_ynode *v80[] = {&n62, &n69, &n71, &n77, &n79};
static dy_ynode n80 = {DY_Y_MAP, {52, 3}, NULL, 0, 0, k80, v80, 5, 5};
static dy_ynode n81 = {DY_Y_SCALAR, {59, 1}, (char *)"posture", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n82 = {DY_Y_SCALAR, {60, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n83 = {DY_Y_SCALAR, {60, 9}, (char *)"production-requires-launch-mode", 31, 1, NULL, NULL, 0, 0};
static dy_ynode n84 = {DY_Y_SCALAR, {61, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n85 = {DY_Y_SCALAR, {61, 10}, (char *)"LAUNCH_MODE", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n86 = {DY_Y_SCALAR, {62, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n87 = {DY_Y_SCALAR, {62, 12}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n88 = {DY_Y_SCALAR, {62, 17}, (char *)"ENVIRONMENT", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n89 = {DY_Y_SCALAR, {62, 30}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n90 = {DY_Y_SCALAR, {62, 38}, (char *)"production", 10, 1, NULL, NULL, 0, 0};
static dy_ynode *k91[] = {&n87, &n89};
static dy_ynode *v91[] = {&n88, &n90};
static dy_ynode n91 = {DY_Y_MAP, {62, 11}, NULL, 0, 0, k91, v91, 2, 2};
static dy_ynode n92 = {DY_Y_SCALAR, {63, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n93 = {DY_Y_SCALAR, {63, 9}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n94 = {DY_Y_SCALAR, {64, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n95 = {DY_Y_SCALAR, {64, 11}, (char *)"Set LAUNCH_MODE=true in production.", 35, 0, NULL, NULL, 0, 0};
static dy_ynode *k96[] = {&n82, &n84, &n86, &n92, &n94};
static dy_ynode *v96[] = {&n83, &n85, &n91, &n93, &n95};
static dy_ynode n96 = {DY_Y_MAP, {60, 5}, NULL, 0, 0, k96, v96, 5, 5};
static dy_ynode n97 = {DY_Y_SCALAR, {66, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n98 = {DY_Y_SCALAR, {66, 9}, (char *)"launch-requires-production", 26, 1, NULL, NULL, 0, 0};
static dy_ynode n99 = {DY_Y_SCALAR, {67, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n100 = {DY_Y_SCALAR, {67, 10}, (char *)"ENVIRONMENT", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n101 = {DY_Y_SCALAR, {68, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n102 = {DY_Y_SCALAR, {68, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n103 = {DY_Y_SCALAR, {68, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k104[] = {&n102};
static dy_ynode *v104[] = {&n103};
static dy_ynode n104 = {DY_Y_MAP, {68, 11}, NULL, 0, 0, k104, v104, 1, 1};
static dy_ynode n105 = {DY_Y_SCALAR, {69, 5}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n106 = {DY_Y_SCALAR, {69, 13}, (char *)"production", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n107 = {DY_Y_SCALAR, {70, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n108 = {DY_Y_SCALAR, {70, 11}, (char *)"Launch mode is for production: set ENVIRONMENT=production.", 58, 0, NULL, NULL, 0, 0};
static dy_ynode *k109[] = {&n97, &n99, &n101, &n105, &n107};
static dy_ynode *v109[] = {&n98, &n100, &n104, &n106, &n108};
static dy_ynode n109 = {DY_Y_MAP, {66, 5}, NULL, 0, 0, k109, v109, 5, 5};
static dy_ynode n110 = {DY_Y_SCALAR, {72, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n111 = {DY_Y_SCALAR, {72, 9}, (char *)"launch-requires-security-headers", 32, 1, NULL, NULL, 0, 0};
static dy_ynode n112 = {DY_Y_SCALAR, {73, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n113 = {DY_Y_SCALAR, {73, 10}, (char *)"SECURITY_HEADERS_ENABLED", 24, 1, NULL, NULL, 0, 0};
static dy_ynode n114 = {DY_Y_SCALAR, {74, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n115 = {DY_Y_SCALAR, {74, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n116 = {DY_Y_SCALAR, {74, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k117[] = {&n115};
static dy_ynode *v117[] = {&n116};
static dy_ynode n117 = {DY_Y_MAP, {74, 11}, NULL, 0, 0, k117, v117, 1, 1};
static dy_ynode n118 = {DY_Y_SCALAR, {75, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n119 = {DY_Y_SCALAR, {75, 9}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n120 = {DY_Y_SCALAR, {76, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n121 = {DY_Y_SCALAR, {76, 11}, (char *)"Set SECURITY_HEADERS_ENABLED=true before launch.", 48, 0, NULL, NULL, 0, 0};
static dy_ynode *k122[] = {&n110, &n112, &n114, &n118, &n120};
static dy_ynode *v122[] = {&n111, &n113, &n117, &n119, &n121};
static dy_ynode n122 = {DY_Y_MAP, {72, 5}, NULL, 0, 0, k122, v122, 5, 5};
static dy_ynode n123 = {DY_Y_SCALAR, {78, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n124 = {DY_Y_SCALAR, {78, 9}, (char *)"launch-disables-demo-seed", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n125 = {DY_Y_SCALAR, {79, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n126 = {DY_Y_SCALAR, {79, 10}, (char *)"DEMO_SEED_ENABLED", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n127 = {DY_Y_SCALAR, {80, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n128 = {DY_Y_SCALAR, {80, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n129 = {DY_Y_SCALAR, {80, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k130[] = {&n128};
static dy_ynode *v130[] = {&n129};
static dy_ynode n130 = {DY_Y_MAP, {80, 11}, NULL, 0, 0, k130, v130, 1, 1};
static dy_ynode n131 = {DY_Y_SCALAR, {81, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n132 = {DY_Y_SCALAR, {81, 9}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n133 = {DY_Y_SCALAR, {82, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n134 = {DY_Y_SCALAR, {82, 11}, (char *)"Unset DEMO_SEED_ENABLED (or set it to false) in launch mode.", 60, 0, NULL, NULL, 0, 0};
static dy_ynode *k135[] = {&n123, &n125, &n127, &n131, &n133};
static dy_ynode *v135[] = {&n124, &n126, &n130, &n132, &n134};
static dy_ynode n135 = {DY_Y_MAP, {78, 5}, NULL, 0, 0, k135, v135, 5, 5};
static dy_ynode n136 = {DY_Y_SCALAR, {84, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n137 = {DY_Y_SCALAR, {84, 9}, (char *)"launch-disables-demo-data", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n138 = {DY_Y_SCALAR, {85, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n139 = {DY_Y_SCALAR, {85, 10}, (char *)"DEMO_DATA_ENABLED", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n140 = {DY_Y_SCALAR, {86, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n141 = {DY_Y_SCALAR, {86, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n142 = {DY_Y_SCALAR, {86, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k143[] = {&n141};
static dy_ynode *v143[] = {&n142};
static dy_ynode n143 = {DY_Y_MAP, {86, 11}, NULL, 0, 0, k143, v143, 1, 1};
static dy_ynode n144 = {DY_Y_SCALAR, {87, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n145 = {DY_Y_SCALAR, {87, 9}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n146 = {DY_Y_SCALAR, {88, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n147 = {DY_Y_SCALAR, {88, 11}, (char *)"Unset DEMO_DATA_ENABLED (or set it to false) in launch mode.", 60, 0, NULL, NULL, 0, 0};
static dy_ynode *k148[] = {&n136, &n138, &n140, &n144, &n146};
static dy_ynode *v148[] = {&n137, &n139, &n143, &n145, &n147};
static dy_ynode n148 = {DY_Y_MAP, {84, 5}, NULL, 0, 0, k148, v148, 5, 5};
static dy_ynode n149 = {DY_Y_SCALAR, {90, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n150 = {DY_Y_SCALAR, {90, 9}, (char *)"launch-requires-strict-billing", 30, 1, NULL, NULL, 0, 0};
static dy_ynode n151 = {DY_Y_SCALAR, {91, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n152 = {DY_Y_SCALAR, {91, 10}, (char *)"BILLING_ENFORCEMENT", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n153 = {DY_Y_SCALAR, {92, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n154 = {DY_Y_SCALAR, {92, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n155 = {DY_Y_SCALAR, {92, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k156[] = {&n154};
static dy_ynode *v156[] = {&n155};
static dy_ynode n156 = {DY_Y_MAP, {92, 11}, NULL, 0, 0, k156, v156, 1, 1};
static dy_ynode n157 = {DY_Y_SCALAR, {93, 5}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n158 = {DY_Y_SCALAR, {93, 13}, (char *)"strict", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n159 = {DY_Y_SCALAR, {94, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n160 = {DY_Y_SCALAR, {94, 11}, (char *)"Set BILLING_ENFORCEMENT=strict: hard limits and paywall gating.", 63, 0, NULL, NULL, 0, 0};
static dy_ynode *k161[] = {&n149, &n151, &n153, &n157, &n159};
static dy_ynode *v161[] = {&n150, &n152, &n156, &n158, &n160};
static dy_ynode n161 = {DY_Y_MAP, {90, 5}, NULL, 0, 0, k161, v161, 5, 5};
static dy_ynode n162 = {DY_Y_SCALAR, {96, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n163 = {DY_Y_SCALAR, {96, 9}, (char *)"billing-enforcement-valid", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n164 = {DY_Y_SCALAR, {97, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n165 = {DY_Y_SCALAR, {97, 10}, (char *)"BILLING_ENFORCEMENT", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n166 = {DY_Y_SCALAR, {98, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n167 = {DY_Y_SCALAR, {98, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n168 = {DY_Y_SCALAR, {99, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n169 = {DY_Y_SCALAR, {99, 14}, (char *)"strict", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n170 = {DY_Y_SCALAR, {99, 22}, (char *)"soft", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n171 = {DY_Y_SCALAR, {99, 28}, (char *)"off", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *v172[] = {&n169, &n170, &n171};
static dy_ynode n172 = {DY_Y_SEQ, {99, 13}, NULL, 0, 0, NULL, v172, 3, 3};
static dy_ynode n173 = {DY_Y_SCALAR, {100, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n174 = {DY_Y_SCALAR, {100, 11}, (char *)"BILLING_ENFORCEMENT is one of strict, soft, off.", 48, 0, NULL, NULL, 0, 0};
static dy_ynode *k175[] = {&n162, &n164, &n166, &n168, &n173};
static dy_ynode *v175[] = {&n163, &n165, &n167, &n172, &n174};
static dy_ynode n175 = {DY_Y_MAP, {96, 5}, NULL, 0, 0, k175, v175, 5, 5};
static dy_ynode n176 = {DY_Y_SCALAR, {102, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n177 = {DY_Y_SCALAR, {102, 9}, (char *)"sso-protocol-valid", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n178 = {DY_Y_SCALAR, {103, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n179 = {DY_Y_SCALAR, {103, 10}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n180 = {DY_Y_SCALAR, {104, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n181 = {DY_Y_SCALAR, {104, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n182 = {DY_Y_SCALAR, {104, 18}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k183[] = {&n181};
static dy_ynode *v183[] = {&n182};
static dy_ynode n183 = {DY_Y_MAP, {104, 11}, NULL, 0, 0, k183, v183, 1, 1};
static dy_ynode n184 = {DY_Y_SCALAR, {105, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n185 = {DY_Y_SCALAR, {105, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n186 = {DY_Y_SCALAR, {106, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n187 = {DY_Y_SCALAR, {106, 14}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n188 = {DY_Y_SCALAR, {106, 20}, (char *)"saml", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *v189[] = {&n187, &n188};
static dy_ynode n189 = {DY_Y_SEQ, {106, 13}, NULL, 0, 0, NULL, v189, 2, 2};
static dy_ynode n190 = {DY_Y_SCALAR, {107, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n191 = {DY_Y_SCALAR, {107, 11}, (char *)"Set SSO_PROTOCOL to oidc or saml (unset means oidc).", 52, 0, NULL, NULL, 0, 0};
static dy_ynode *k192[] = {&n176, &n178, &n180, &n184, &n186, &n190};
static dy_ynode *v192[] = {&n177, &n179, &n183, &n185, &n189, &n191};
static dy_ynode n192 = {DY_Y_MAP, {102, 5}, NULL, 0, 0, k192, v192, 6, 6};
static dy_ynode *v193[] = {&n96, &n109, &n122, &n135, &n148, &n161, &n175, &n192};
static dy_ynode n193 = {DY_Y_SEQ, {60, 3}, NULL, 0, 0, NULL, v193, 8, 8};
static dy_ynode n194 = {DY_Y_SCALAR, {112, 1}, (char *)"secrets", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n195 = {DY_Y_SCALAR, {113, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n196 = {DY_Y_SCALAR, {113, 10}, (char *)"SECRET_KEY", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n197 = {DY_Y_SCALAR, {114, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n198 = {DY_Y_SCALAR, {114, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n199 = {DY_Y_SCALAR, {115, 5}, (char *)"min_entropy", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n200 = {DY_Y_SCALAR, {115, 18}, (char *)"96", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n201 = {DY_Y_SCALAR, {116, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n202 = {DY_Y_SCALAR, {116, 11}, (char *)"Generate one with: openssl rand -base64 48", 42, 0, NULL, NULL, 0, 0};
static dy_ynode *k203[] = {&n195, &n197, &n199, &n201};
static dy_ynode *v203[] = {&n196, &n198, &n200, &n202};
static dy_ynode n203 = {DY_Y_MAP, {113, 5}, NULL, 0, 0, k203, v203, 4, 4};
static dy_ynode n204 = {DY_Y_SCALAR, {118, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n205 = {DY_Y_SCALAR, {118, 10}, (char *)"DATABASE_URL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n206 = {DY_Y_SCALAR, {119, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n207 = {DY_Y_SCALAR, {119, 13}, (char *)"database_url", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n208 = {DY_Y_SCALAR, {120, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n209 = {DY_Y_SCALAR, {120, 11}, (char *)"e.g. postgresql://user@db.internal:5432/app", 43, 0, NULL, NULL, 0, 0};
static dy_ynode *k210[] = {&n204, &n206, &n208};
static dy_ynode *v210[] = {&n205, &n207, &n209};
static dy_ynode n210 = {DY_Y_MAP, {118, 5}, NULL, 0, 0, k210, v210, 3, 3};
static dy_ynode n211 = {DY_Y_SCALAR, {122, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n212 = {DY_Y_SCALAR, {122, 10}, (char *)"INTEGRATION_ENCRYPTION_KEY", 26, 1, NULL, NULL, 0, 0};
static dy_ynode n213 = {DY_Y_SCALAR, {123, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n214 = {DY_Y_SCALAR, {123, 13}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n215 = {DY_Y_SCALAR, {124, 5}, (char *)"decoded_bytes", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n216 = {DY_Y_SCALAR, {124, 20}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n217 = {DY_Y_SCALAR, {125, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n218 = {DY_Y_SCALAR, {125, 11}, (char *)"32 random bytes, base64 or hex: openssl rand -base64 32", 55, 0, NULL, NULL, 0, 0};
static dy_ynode *k219[] = {&n211, &n213, &n215, &n217};
static dy_ynode *v219[] = {&n212, &n214, &n216, &n218};
static dy_ynode n219 = {DY_Y_MAP, {122, 5}, NULL, 0, 0, k219, v219, 4, 4};
static dy_ynode n220 = {DY_Y_SCALAR, {127, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n221 = {DY_Y_SCALAR, {127, 10}, (char *)"STRIPE_SECRET_KEY", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n222 = {DY_Y_SCALAR, {128, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n223 = {DY_Y_SCALAR, {128, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n224 = {DY_Y_SCALAR, {128, 18}, (char *)"billing", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *k225[] = {&n223};
static dy_ynode *v225[] = {&n224};
static dy_ynode n225 = {DY_Y_MAP, {128, 11}, NULL, 0, 0, k225, v225, 1, 1};
static dy_ynode n226 = {DY_Y_SCALAR, {129, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n227 = {DY_Y_SCALAR, {129, 13}, (char *)"stripe_secret_key", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n228 = {DY_Y_SCALAR, {130, 5}, (char *)"stripe_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n229 = {DY_Y_SCALAR, {130, 18}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n230 = {DY_Y_SCALAR, {131, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n231 = {DY_Y_SCALAR, {131, 11}, (char *)"From the Stripe dashboard: Developers > API keys.", 49, 0, NULL, NULL, 0, 0};
static dy_ynode *k232[] = {&n220, &n222, &n226, &n228, &n230};
static dy_ynode *v232[] = {&n221, &n225, &n227, &n229, &n231};
static dy_ynode n232 = {DY_Y_MAP, {127, 5}, NULL, 0, 0, k232, v232, 5, 5};
static dy_ynode n233 = {DY_Y_SCALAR, {133, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n234 = {DY_Y_SCALAR, {133, 10}, (char *)"STRIPE_WEBHOOK_SECRET", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n235 = {DY_Y_SCALAR, {134, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n236 = {DY_Y_SCALAR, {134, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n237 = {DY_Y_SCALAR, {134, 18}, (char *)"billing", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *k238[] = {&n236};
static dy_ynode *v238[] = {&n237};
static dy_ynode n238 = {DY_Y_MAP, {134, 11}, NULL, 0, 0, k238, v238, 1, 1};
static dy_ynode n239 = {DY_Y_SCALAR, {135, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n240 = {DY_Y_SCALAR, {135, 13}, (char *)"stripe_webhook_secret", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n241 = {DY_Y_SCALAR, {136, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n242 = {DY_Y_SCALAR, {136, 11}, (char *)"The whsec_... signing secret of the webhook endpoint.", 53, 0, NULL, NULL, 0, 0};
static dy_ynode *k243[] = {&n233, &n235, &n239, &n241};
static dy_ynode *v243[] = {&n234, &n238, &n240, &n242};
static dy_ynode n243 = {DY_Y_MAP, {133, 5}, NULL, 0, 0, k243, v243, 4, 4};
static dy_ynode n244 = {DY_Y_SCALAR, {138, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n245 = {DY_Y_SCALAR, {138, 10}, (char *)"ZERO_TRUST_API_KEY", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n246 = {DY_Y_SCALAR, {139, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n247 = {DY_Y_SCALAR, {139, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n248 = {DY_Y_SCALAR, {139, 18}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0};
static dy_ynode *k249[] = {&n247};
static dy_ynode *v249[] = {&n248};
static dy_ynode n249 = {DY_Y_MAP, {139, 11}, NULL, 0, 0, k249, v249, 1, 1};
static dy_ynode n250 = {DY_Y_SCALAR, {140, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n251 = {DY_Y_SCALAR, {140, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k252[] = {&n244, &n246, &n250};
static dy_ynode *v252[] = {&n245, &n249, &n251};
static dy_ynode n252 = {DY_Y_MAP, {138, 5}, NULL, 0, 0, k252, v252, 3, 3};
static dy_ynode n253 = {DY_Y_SCALAR, {144, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n254 = {DY_Y_SCALAR, {144, 10}, (char *)"SSO_CLIENT_ID", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n255 = {DY_Y_SCALAR, {145, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n256 = {DY_Y_SCALAR, {145, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n257 = {DY_Y_SCALAR, {145, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n258 = {DY_Y_SCALAR, {145, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k259[] = {&n257};
static dy_ynode *v259[] = {&n258};
static dy_ynode n259 = {DY_Y_MAP, {145, 18}, NULL, 0, 0, k259, v259, 1, 1};
static dy_ynode n260 = {DY_Y_SCALAR, {145, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n261 = {DY_Y_SCALAR, {145, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n262 = {DY_Y_SCALAR, {145, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n263 = {DY_Y_SCALAR, {145, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n264 = {DY_Y_SCALAR, {145, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k265[] = {&n261, &n263};
static dy_ynode *v265[] = {&n262, &n264};
static dy_ynode n265 = {DY_Y_MAP, {145, 38}, NULL, 0, 0, k265, v265, 2, 2};
static dy_ynode n266 = {DY_Y_SCALAR, {145, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n267 = {DY_Y_SCALAR, {145, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n268 = {DY_Y_SCALAR, {145, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n269 = {DY_Y_SCALAR, {145, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k270[] = {&n266, &n268};
static dy_ynode *v270[] = {&n267, &n269};
static dy_ynode n270 = {DY_Y_MAP, {145, 71}, NULL, 0, 0, k270, v270, 2, 2};
static dy_ynode *v271[] = {&n265, &n270};
static dy_ynode n271 = {DY_Y_SEQ, {145, 37}, NULL, 0, 0, NULL, v271, 2, 2};
static dy_ynode *k272[] = {&n260};
static dy_ynode *v272[] = {&n271};
static dy_ynode n272 = {DY_Y_MAP, {145, 31}, NULL, 0, 0, k272, v272, 1, 1};
static dy_ynode *v273[] = {&n259, &n272};
static dy_ynode n273 = {DY_Y_SEQ, {145, 17}, NULL, 0, 0, NULL, v273, 2, 2};
static dy_ynode *k274[] = {&n256};
static dy_ynode *v274[] = {&n273};
static dy_ynode n274 = {DY_Y_MAP, {145, 11}, NULL, 0, 0, k274, v274, 1, 1};
static dy_ynode *k275[] = {&n253, &n255};
static dy_ynode *v275[] = {&n254, &n274};
static dy_ynode n275 = {DY_Y_MAP, {144, 5}, NULL, 0, 0, k275, v275, 2, 2};
static dy_ynode n276 = {DY_Y_SCALAR, {147, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n277 = {DY_Y_SCALAR, {147, 10}, (char *)"SSO_CLIENT_SECRET", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n278 = {DY_Y_SCALAR, {148, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n279 = {DY_Y_SCALAR, {148, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n280 = {DY_Y_SCALAR, {148, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n281 = {DY_Y_SCALAR, {148, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k282[] = {&n280};
static dy_ynode *v282[] = {&n281};
static dy_ynode n282 = {DY_Y_MAP, {148, 18}, NULL, 0, 0, k282, v282, 1, 1};
static dy_ynode n283 = {DY_Y_SCALAR, {148, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n284 = {DY_Y_SCALAR, {148, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n285 = {DY_Y_SCALAR, {148, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n286 = {DY_Y_SCALAR, {148, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n287 = {DY_Y_SCALAR, {148, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k288[] = {&n284, &n286};
static dy_ynode *v288[] = {&n285, &n287};
static dy_ynode n288 = {DY_Y_MAP, {148, 38}, NULL, 0, 0, k288, v288, 2, 2};
static dy_ynode n289 = {DY_Y_SCALAR, {148, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n290 = {DY_Y_SCALAR, {148, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n291 = {DY_Y_SCALAR, {148, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n292 = {DY_Y_SCALAR, {148, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k293[] = {&n289, &n291};
static dy_ynode *v293[] = {&n290, &n292};
static dy_ynode n293 = {DY_Y_MAP, {148, 71}, NULL, 0, 0, k293, v293, 2, 2};
static dy_ynode *v294[] = {&n288, &n293};
static dy_ynode n294 = {DY_Y_SEQ, {148, 37}, NULL, 0, 0, NULL, v294, 2, 2};
static dy_ynode *k295[] = {&n283};
static dy_ynode *v295[] = {&n294};
static dy_ynode n295 = {DY_Y_MAP, {148, 31}, NULL, 0, 0, k295, v295, 1, 1};
static dy_ynode *v296[] = {&n282, &n295};
static dy_ynode n296 = {DY_Y_SEQ, {148, 17}, NULL, 0, 0, NULL, v296, 2, 2};
static dy_ynode *k297[] = {&n279};
static dy_ynode *v297[] = {&n296};
static dy_ynode n297 = {DY_Y_MAP, {148, 11}, NULL, 0, 0, k297, v297, 1, 1};
static dy_ynode n298 = {DY_Y_SCALAR, {149, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n299 = {DY_Y_SCALAR, {149, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k300[] = {&n276, &n278, &n298};
static dy_ynode *v300[] = {&n277, &n297, &n299};
static dy_ynode n300 = {DY_Y_MAP, {147, 5}, NULL, 0, 0, k300, v300, 3, 3};
static dy_ynode n301 = {DY_Y_SCALAR, {151, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n302 = {DY_Y_SCALAR, {151, 10}, (char *)"SSO_ISSUER_URL", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n303 = {DY_Y_SCALAR, {152, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n304 = {DY_Y_SCALAR, {152, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n305 = {DY_Y_SCALAR, {152, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n306 = {DY_Y_SCALAR, {152, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k307[] = {&n305};
static dy_ynode *v307[] = {&n306};
static dy_ynode n307 = {DY_Y_MAP, {152, 18}, NULL, 0, 0, k307, v307, 1, 1};
static dy_ynode n308 = {DY_Y_SCALAR, {152, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n309 = {DY_Y_SCALAR, {152, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n310 = {DY_Y_SCALAR, {152, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n311 = {DY_Y_SCALAR, {152, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n312 = {DY_Y_SCALAR, {152, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k313[] = {&n309, &n311};
static dy_ynode *v313[] = {&n310, &n312};
static dy_ynode n313 = {DY_Y_MAP, {152, 38}, NULL, 0, 0, k313, v313, 2, 2};
static dy_ynode n314 = {DY_Y_SCALAR, {152, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n315 = {DY_Y_SCALAR, {152, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n316 = {DY_Y_SCALAR, {152, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n317 = {DY_Y_SCALAR, {152, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k318[] = {&n314, &n316};
static dy_ynode *v318[] = {&n315, &n317};
static dy_ynode n318 = {DY_Y_MAP, {152, 71}, NULL, 0, 0, k318, v318, 2, 2};
static dy_ynode *v319[] = {&n313, &n318};
static dy_ynode n319 = {DY_Y_SEQ, {152, 37}, NULL, 0, 0, NULL, v319, 2, 2};
static dy_ynode *k320[] = {&n308};
static dy_ynode *v320[] = {&n319};
static dy_ynode n320 = {DY_Y_MAP, {152, 31}, NULL, 0, 0, k320, v320, 1, 1};
static dy_ynode *v321[] = {&n307, &n320};
static dy_ynode n321 = {DY_Y_SEQ, {152, 17}, NULL, 0, 0, NULL, v321, 2, 2};
static dy_ynode *k322[] = {&n304};
static dy_ynode *v322[] = {&n321};
static dy_ynode n322 = {DY_Y_MAP, {152, 11}, NULL, 0, 0, k322, v322, 1, 1};
static dy_ynode n323 = {DY_Y_SCALAR, {153, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n324 = {DY_Y_SCALAR, {153, 13}, (char *)"url", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n325 = {DY_Y_SCALAR, {154, 5}, (char *)"schemes", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n326 = {DY_Y_SCALAR, {154, 15}, (char *)"https", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v327[] = {&n326};
static dy_ynode n327 = {DY_Y_SEQ, {154, 14}, NULL, 0, 0, NULL, v327, 1, 1};
static dy_ynode n328 = {DY_Y_SCALAR, {155, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n329 = {DY_Y_SCALAR, {155, 11}, (char *)"The identity provider's issuer, e.g. https://login.example.com/", 63, 0, NULL, NULL, 0, 0};
static dy_ynode *k330[] = {&n301, &n303, &n323, &n325, &n328};
static dy_ynode *v330[] = {&n302, &n322, &n324, &n327, &n329};
static dy_ynode n330 = {DY_Y_MAP, {151, 5}, NULL, 0, 0, k330, v330, 5, 5};
static dy_ynode n331 = {DY_Y_SCALAR, {157, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n332 = {DY_Y_SCALAR, {157, 10}, (char *)"SSO_SAML_IDP_METADATA_URL", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n333 = {DY_Y_SCALAR, {158, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n334 = {DY_Y_SCALAR, {158, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n335 = {DY_Y_SCALAR, {158, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n336 = {DY_Y_SCALAR, {158, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k337[] = {&n335};
static dy_ynode *v337[] = {&n336};
static dy_ynode n337 = {DY_Y_MAP, {158, 18}, NULL, 0, 0, k337, v337, 1, 1};
static dy_ynode n338 = {DY_Y_SCALAR, {158, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n339 = {DY_Y_SCALAR, {158, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n340 = {DY_Y_SCALAR, {158, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n341 = {DY_Y_SCALAR, {158, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k342[] = {&n338, &n340};
static dy_ynode *v342[] = {&n339, &n341};
static dy_ynode n342 = {DY_Y_MAP, {158, 31}, NULL, 0, 0, k342, v342, 2, 2};
static dy_ynode *v343[] = {&n337, &n342};
static dy_ynode n343 = {DY_Y_SEQ, {158, 17}, NULL, 0, 0, NULL, v343, 2, 2};
static dy_ynode *k344[] = {&n334};
static dy_ynode *v344[] = {&n343};
static dy_ynode n344 = {DY_Y_MAP, {158, 11}, NULL, 0, 0, k344, v344, 1, 1};
static dy_ynode n345 = {DY_Y_SCALAR, {159, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n346 = {DY_Y_SCALAR, {159, 13}, (char *)"url", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n347 = {DY_Y_SCALAR, {160, 5}, (char *)"schemes", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n348 = {DY_Y_SCALAR, {160, 15}, (char *)"https", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v349[] = {&n348};
static dy_ynode n349 = {DY_Y_SEQ, {160, 14}, NULL, 0, 0, NULL, v349, 1, 1};
static dy_ynode n350 = {DY_Y_SCALAR, {161, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n351 = {DY_Y_SCALAR, {161, 11}, (char *)"The identity provider's SAML metadata URL, e.g. https://idp.example.com/"
    "saml/metadata", 85, 0, NULL, NULL, 0, 0};
static dy_ynode *k352[] = {&n331, &n333, &n345, &n347, &n350};
static dy_ynode *v352[] = {&n332, &n344, &n346, &n349, &n351};
static dy_ynode n352 = {DY_Y_MAP, {157, 5}, NULL, 0, 0, k352, v352, 5, 5};
static dy_ynode n353 = {DY_Y_SCALAR, {165, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n354 = {DY_Y_SCALAR, {165, 10}, (char *)"SSO_SAML_SP_PRIVATE_KEY", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n355 = {DY_Y_SCALAR, {166, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n356 = {DY_Y_SCALAR, {166, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n357 = {DY_Y_SCALAR, {166, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n358 = {DY_Y_SCALAR, {166, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k359[] = {&n357};
static dy_ynode *v359[] = {&n358};
static dy_ynode n359 = {DY_Y_MAP, {166, 18}, NULL, 0, 0, k359, v359, 1, 1};
static dy_ynode n360 = {DY_Y_SCALAR, {166, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n361 = {DY_Y_SCALAR, {166, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n362 = {DY_Y_SCALAR, {166, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n363 = {DY_Y_SCALAR, {166, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k364[] = {&n360, &n362};
static dy_ynode *v364[] = {&n361, &n363};
static dy_ynode n364 = {DY_Y_MAP, {166, 31}, NULL, 0, 0, k364, v364, 2, 2};
static dy_ynode *v365[] = {&n359, &n364};
static dy_ynode n365 = {DY_Y_SEQ, {166, 17}, NULL, 0, 0, NULL, v365, 2, 2};
static dy_ynode *k366[] = {&n356};
static dy_ynode *v366[] = {&n365};
static dy_ynode n366 = {DY_Y_MAP, {166, 11}, NULL, 0, 0, k366, v366, 1, 1};
static dy_ynode n367 = {DY_Y_SCALAR, {167, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n368 = {DY_Y_SCALAR, {167, 13}, (char *)"pem_private_key", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n369 = {DY_Y_SCALAR, {168, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n370 = {DY_Y_SCALAR, {168, 11}, (char *)"The service provider's unencrypted signing key, e.g. from: openssl genpk"
    "ey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out sp-key.pem (then SS"
    "O_SAML_SP_PRIVATE_KEY_FILE=sp-key.pem)", 182, 0, NULL, NULL, 0, 0};
static dy_ynode *k371[] = {&n353, &n355, &n367, &n369};
static dy_ynode *v371[] = {&n354, &n366, &n368, &n370};
static dy_ynode n371 = {DY_Y_MAP, {165, 5}, NULL, 0, 0, k371, v371, 4, 4};
static dy_ynode n372 = {DY_Y_SCALAR, {170, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n373 = {DY_Y_SCALAR, {170, 10}, (char *)"SSO_SAML_SP_CERTIFICATE", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n374 = {DY_Y_SCALAR, {171, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n375 = {DY_Y_SCALAR, {171, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n376 = {DY_Y_SCALAR, {171, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n377 = {DY_Y_SCALAR, {171, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k378[] = {&n376};
static dy_ynode *v378[] = {&n377};
static dy_ynode n378 = {DY_Y_MAP, {171, 18}, NULL, 0, 0, k378, v378, 1, 1};
static dy_ynode n379 = {DY_Y_SCALAR, {171, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n380 = {DY_Y_SCALAR, {171, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n381 = {DY_Y_SCALAR, {171, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n382 = {DY_Y_SCALAR, {171, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k383[] = {&n379, &n381};
static dy_ynode *v383[] = {&n380, &n382};
static dy_ynode n383 = {DY_Y_MAP, {171, 31}, NULL, 0, 0, k383, v383, 2, 2};
static dy_ynode *v384[] = {&n378, &n383};
static dy_ynode n384 = {DY_Y_SEQ, {171, 17}, NULL, 0, 0, NULL, v384, 2, 2};
static dy_ynode *k385[] = {&n375};
static dy_ynode *v385[] = {&n384};
static dy_ynode n385 = {DY_Y_MAP, {171, 11}, NULL, 0, 0, k385, v385, 1, 1};
static dy_ynode n386 = {DY_Y_SCALAR, {172, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n387 = {DY_Y_SCALAR, {172, 13}, (char *)"pem_certificate", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n388 = {DY_Y_SCALAR, {173, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n389 = {DY_Y_SCALAR, {173, 11}, (char *)"The certificate of that key, e.g. from: openssl req -new -x509 -key sp-k"
    "ey.pem -days 730 -subj /CN=sp.example.com -out sp-cert.pem", 130, 0, NULL, NULL, 0, 0};
static dy_ynode *k390[] = {&n372, &n374, &n386, &n388};
static dy_ynode *v390[] = {&n373, &n385, &n387, &n389};
static dy_ynode n390 = {DY_Y_MAP, {170, 5}, NULL, 0, 0, k390, v390, 4, 4};
static dy_ynode *v391[] = {&n203, &n210, &n219, &n232, &n243, &n252, &n275, &n300, &n330, &n352, &n371, &n390};
static dy_ynode n391 = {DY_Y_SEQ, {113, 3}, NULL, 0, 0, NULL, v391, 12, 12};
static dy_ynode n392 = {DY_Y_SCALAR, {176, 1}, (char *)"distinct", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n393 = {DY_Y_SCALAR, {177, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n394 = {DY_Y_SCALAR, {177, 9}, (char *)"secrets-distinct", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n395 = {DY_Y_SCALAR, {178, 5}, (char *)"keys", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n396 = {DY_Y_SCALAR, {178, 12}, (char *)"SECRET_KEY", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n397 = {DY_Y_SCALAR, {178, 24}, (char *)"INTEGRATION_ENCRYPTION_KEY", 26, 1, NULL, NULL, 0, 0};
static dy_ynode *v398[] = {&n396, &n397};
static dy_ynode n398 = {DY_Y_SEQ, {178, 11}, NULL, 0, 0, NULL, v398, 2, 2};
static dy_ynode *k399[] = {&n393, &n395};
static dy_ynode *v399[] = {&n394, &n398};
static dy_ynode n399 = {DY_Y_MAP, {177, 5}, NULL, 0, 0, k399, v399, 2, 2};
static dy_ynode *v400[] = {&n399};
static dy_ynode n400 = {DY_Y_SEQ, {177, 3}, NULL, 0, 0, NULL, v400, 1, 1};
static dy_ynode n401 = {DY_Y_SCALAR, {180, 1}, (char *)"waivers", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n402 = {DY_Y_SEQ, {180, 10}, NULL, 0, 0, NULL, NULL, 0, 0};
static dy_ynode n403 = {DY_Y_SCALAR, {184, 1}, (char *)"billing", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n404 = {DY_Y_SCALAR, {185, 3}, (char *)"enforcement", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n405 = {DY_Y_SCALAR, {185, 16}, (char *)"strict", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n406 = {DY_Y_SCALAR, {186, 3}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n407 = {DY_Y_SCALAR, {186, 8}, (char *)"BILLING_ENFORCEMENT", 19, 1, NULL, NULL, 0, 0};
static dy_ynode *k408[] = {&n404, &n406};
static dy_ynode *v408[] = {&n405, &n407};
static dy_ynode n408 = {DY_Y_MAP, {185, 3}, NULL, 0, 0, k408, v408, 2, 2};
static dy_ynode n409 = {DY_Y_SCALAR, {189, 1}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n410 = {DY_Y_SCALAR, {189, 12}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n411 = {DY_Y_SCALAR, {189, 21}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n412 = {DY_Y_SCALAR, {189, 32}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n413 = {DY_Y_SCALAR, {189, 37}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n414 = {DY_Y_SCALAR, {189, 49}, (char *)"support_view_as", 15, 1, NULL, NULL, 0, 0};
static dy_ynode *v415[] = {&n410, &n411, &n412, &n413, &n414};
static dy_ynode n415 = {DY_Y_SEQ, {189, 11}, NULL, 0, 0, NULL, v415, 5, 5};
static dy_ynode n416 = {DY_Y_SCALAR, {194, 1}, (char *)"plans", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n417 = {DY_Y_SCALAR, {195, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n418 = {DY_Y_SCALAR, {195, 11}, (char *)"free", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n419 = {DY_Y_SCALAR, {196, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n420 = {DY_Y_SCALAR, {197, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n421 = {DY_Y_SCALAR, {197, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n422 = {DY_Y_SCALAR, {197, 21}, (char *)"600", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n423 = {DY_Y_SCALAR, {197, 26}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n424 = {DY_Y_SCALAR, {197, 33}, (char *)"100", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n425 = {DY_Y_SCALAR, {197, 38}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n426 = {DY_Y_SCALAR, {197, 45}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k427[] = {&n421, &n423, &n425};
static dy_ynode *v427[] = {&n422, &n424, &n426};
static dy_ynode n427 = {DY_Y_MAP, {197, 15}, NULL, 0, 0, k427, v427, 3, 3};
static dy_ynode n428 = {DY_Y_SCALAR, {198, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n429 = {DY_Y_SCALAR, {198, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n430 = {DY_Y_SCALAR, {198, 18}, (char *)"120", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n431 = {DY_Y_SCALAR, {198, 23}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n432 = {DY_Y_SCALAR, {198, 30}, (char *)"20", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k433[] = {&n429, &n431};
static dy_ynode *v433[] = {&n430, &n432};
static dy_ynode n433 = {DY_Y_MAP, {198, 12}, NULL, 0, 0, k433, v433, 2, 2};
static dy_ynode *k434[] = {&n420, &n428};
static dy_ynode *v434[] = {&n427, &n433};
static dy_ynode n434 = {DY_Y_MAP, {197, 7}, NULL, 0, 0, k434, v434, 2, 2};
static dy_ynode n435 = {DY_Y_SCALAR, {199, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n436 = {DY_Y_SCALAR, {199, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n437 = {DY_Y_SCALAR, {199, 30}, (char *)"100000", 6, 1, NULL, NULL, 0, 0};
static dy_ynode *k438[] = {&n436};
static dy_ynode *v438[] = {&n437};
static dy_ynode n438 = {DY_Y_MAP, {199, 13}, NULL, 0, 0, k438, v438, 1, 1};
static dy_ynode n439 = {DY_Y_SCALAR, {200, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n440 = {DY_Y_SEQ, {200, 15}, NULL, 0, 0, NULL, NULL, 0, 0};
static dy_ynode *k441[] = {&n417, &n419, &n435, &n439};
static dy_ynode *v441[] = {&n418, &n434, &n438, &n440};
static dy_ynode n441 = {DY_Y_MAP, {195, 5}, NULL, 0, 0, k441, v441, 4, 4};
static dy_ynode n442 = {DY_Y_SCALAR, {202, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n443 = {DY_Y_SCALAR, {202, 11}, (char *)"pro", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n444 = {DY_Y_SCALAR, {203, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n445 = {DY_Y_SCALAR, {204, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n446 = {DY_Y_SCALAR, {204, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n447 = {DY_Y_SCALAR, {204, 21}, (char *)"3000", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n448 = {DY_Y_SCALAR, {204, 27}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n449 = {DY_Y_SCALAR, {204, 34}, (char *)"500", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n450 = {DY_Y_SCALAR, {204, 39}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n451 = {DY_Y_SCALAR, {204, 46}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k452[] = {&n446, &n448, &n450};
static dy_ynode *v452[] = {&n447, &n449, &n451};
static dy_ynode n452 = {DY_Y_MAP, {204, 15}, NULL, 0, 0, k452, v452, 3, 3};
static dy_ynode n453 = {DY_Y_SCALAR, {205, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n454 = {DY_Y_SCALAR, {205, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n455 = {DY_Y_SCALAR, {205, 18}, (char *)"600", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n456 = {DY_Y_SCALAR, {205, 23}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n457 = {DY_Y_SCALAR, {205, 30}, (char *)"100", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k458[] = {&n454, &n456};
static dy_ynode *v458[] = {&n455, &n457};
static dy_ynode n458 = {DY_Y_MAP, {205, 12}, NULL, 0, 0, k458, v458, 2, 2};
static dy_ynode *k459[] = {&n445, &n453};
static dy_ynode *v459[] = {&n452, &n458};
static dy_ynode n459 = {DY_Y_MAP, {204, 7}, NULL, 0, 0, k459, v459, 2, 2};
static dy_ynode n460 = {DY_Y_SCALAR, {206, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n461 = {DY_Y_SCALAR, {206, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n462 = {DY_Y_SCALAR, {206, 30}, (char *)"2000000", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *k463[] = {&n461};
static dy_ynode *v463[] = {&n462};
static dy_ynode n463 = {DY_Y_MAP, {206, 13}, NULL, 0, 0, k463, v463, 1, 1};
static dy_ynode n464 = {DY_Y_SCALAR, {207, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n465 = {DY_Y_SCALAR, {207, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *v466[] = {&n465};
static dy_ynode n466 = {DY_Y_SEQ, {207, 15}, NULL, 0, 0, NULL, v466, 1, 1};
static dy_ynode *k467[] = {&n442, &n444, &n460, &n464};
static dy_ynode *v467[] = {&n443, &n459, &n463, &n466};
static dy_ynode n467 = {DY_Y_MAP, {202, 5}, NULL, 0, 0, k467, v467, 4, 4};
static dy_ynode n468 = {DY_Y_SCALAR, {209, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n469 = {DY_Y_SCALAR, {209, 11}, (char *)"business", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n470 = {DY_Y_SCALAR, {210, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n471 = {DY_Y_SCALAR, {211, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n472 = {DY_Y_SCALAR, {211, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n473 = {DY_Y_SCALAR, {211, 21}, (char *)"15000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n474 = {DY_Y_SCALAR, {211, 28}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n475 = {DY_Y_SCALAR, {211, 35}, (char *)"2500", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n476 = {DY_Y_SCALAR, {211, 41}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n477 = {DY_Y_SCALAR, {211, 48}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k478[] = {&n472, &n474, &n476};
static dy_ynode *v478[] = {&n473, &n475, &n477};
static dy_ynode n478 = {DY_Y_MAP, {211, 15}, NULL, 0, 0, k478, v478, 3, 3};
static dy_ynode n479 = {DY_Y_SCALAR, {212, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n480 = {DY_Y_SCALAR, {212, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n481 = {DY_Y_SCALAR, {212, 18}, (char *)"3000", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n482 = {DY_Y_SCALAR, {212, 24}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n483 = {DY_Y_SCALAR, {212, 31}, (char *)"500", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k484[] = {&n480, &n482};
static dy_ynode *v484[] = {&n481, &n483};
static dy_ynode n484 = {DY_Y_MAP, {212, 12}, NULL, 0, 0, k484, v484, 2, 2};
static dy_ynode *k485[] = {&n471, &n479};
static dy_ynode *v485[] = {&n478, &n484};
static dy_ynode n485 = {DY_Y_MAP, {211, 7}, NULL, 0, 0, k485, v485, 2, 2};
static dy_ynode n486 = {DY_Y_SCALAR, {213, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n487 = {DY_Y_SCALAR, {213, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n488 = {DY_Y_SCALAR, {213, 30}, (char *)"20000000", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *k489[] = {&n487};
static dy_ynode *v489[] = {&n488};
static dy_ynode n489 = {DY_Y_MAP, {213, 13}, NULL, 0, 0, k489, v489, 1, 1};
static dy_ynode n490 = {DY_Y_SCALAR, {214, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n491 = {DY_Y_SCALAR, {214, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n492 = {DY_Y_SCALAR, {214, 25}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n493 = {DY_Y_SCALAR, {214, 36}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *v494[] = {&n491, &n492, &n493};
static dy_ynode n494 = {DY_Y_SEQ, {214, 15}, NULL, 0, 0, NULL, v494, 3, 3};
static dy_ynode *k495[] = {&n468, &n470, &n486, &n490};
static dy_ynode *v495[] = {&n469, &n485, &n489, &n494};
static dy_ynode n495 = {DY_Y_MAP, {209, 5}, NULL, 0, 0, k495, v495, 4, 4};
static dy_ynode n496 = {DY_Y_SCALAR, {216, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n497 = {DY_Y_SCALAR, {216, 11}, (char *)"enterprise", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n498 = {DY_Y_SCALAR, {217, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n499 = {DY_Y_SCALAR, {218, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n500 = {DY_Y_SCALAR, {218, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n501 = {DY_Y_SCALAR, {218, 21}, (char *)"60000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n502 = {DY_Y_SCALAR, {218, 28}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n503 = {DY_Y_SCALAR, {218, 35}, (char *)"10000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n504 = {DY_Y_SCALAR, {218, 42}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n505 = {DY_Y_SCALAR, {218, 49}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k506[] = {&n500, &n502, &n504};
static dy_ynode *v506[] = {&n501, &n503, &n505};
static dy_ynode n506 = {DY_Y_MAP, {218, 15}, NULL, 0, 0, k506, v506, 3, 3};
static dy_ynode n507 = {DY_Y_SCALAR, {219, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n508 = {DY_Y_SCALAR, {219, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n509 = {DY_Y_SCALAR, {219, 18}, (char *)"12000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n510 = {DY_Y_SCALAR, {219, 25}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n511 = {DY_Y_SCALAR, {219, 32}, (char *)"2000", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k512[] = {&n508, &n510};
static dy_ynode *v512[] = {&n509, &n511};
static dy_ynode n512 = {DY_Y_MAP, {219, 12}, NULL, 0, 0, k512, v512, 2, 2};
static dy_ynode *k513[] = {&n499, &n507};
static dy_ynode *v513[] = {&n506, &n512};
static dy_ynode n513 = {DY_Y_MAP, {218, 7}, NULL, 0, 0, k513, v513, 2, 2};
static dy_ynode n514 = {DY_Y_SCALAR, {220, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n515 = {DY_Y_SCALAR, {220, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n516 = {DY_Y_SCALAR, {220, 30}, (char *)"500000000", 9, 1, NULL, NULL, 0, 0};
static dy_ynode *k517[] = {&n515};
static dy_ynode *v517[] = {&n516};
static dy_ynode n517 = {DY_Y_MAP, {220, 13}, NULL, 0, 0, k517, v517, 1, 1};
static dy_ynode n518 = {DY_Y_SCALAR, {221, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n519 = {DY_Y_SCALAR, {221, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n520 = {DY_Y_SCALAR, {221, 25}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n521 = {DY_Y_SCALAR, {221, 36}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n522 = {DY_Y_SCALAR, {221, 41}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n523 = {DY_Y_SCALAR, {221, 53}, (char *)"support_view_as", 15, 1, NULL, NULL, 0, 0};
static dy_ynode *v524[] = {&n519, &n520, &n521, &n522, &n523};
static dy_ynode n524 = {DY_Y_SEQ, {221, 15}, NULL, 0, 0, NULL, v524, 5, 5};
static dy_ynode *k525[] = {&n496, &n498, &n514, &n518};
static dy_ynode *v525[] = {&n497, &n513, &n517, &n524};
static dy_ynode n525 = {DY_Y_MAP, {216, 5}, NULL, 0, 0, k525, v525, 4, 4};
static dy_ynode *v526[] = {&n441, &n467, &n495, &n525};
static dy_ynode n526 = {DY_Y_SEQ, {195, 3}, NULL, 0, 0, NULL, v526, 4, 4};
static dy_ynode n527 = {DY_Y_SCALAR, {226, 1}, (char *)"support", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n528 = {DY_Y_SCALAR, {227, 3}, (char *)"reason_min_length", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n529 = {DY_Y_SCALAR, {227, 22}, (char *)"20", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n530 = {DY_Y_SCALAR, {228, 3}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n531 = {DY_Y_SCALAR, {228, 11}, (char *)"^(SUP|INC)-[0-9]+$", 18, 0, NULL, NULL, 0, 0};
static dy_ynode n532 = {DY_Y_SCALAR, {229, 3}, (char *)"roles", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n533 = {DY_Y_SCALAR, {230, 5}, (char *)"support", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n534 = {DY_Y_SCALAR, {230, 15}, (char *)"actions", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n535 = {DY_Y_SCALAR, {230, 25}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *v536[] = {&n535};
static dy_ynode n536 = {DY_Y_SEQ, {230, 24}, NULL, 0, 0, NULL, v536, 1, 1};
static dy_ynode n537 = {DY_Y_SCALAR, {230, 35}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n538 = {DY_Y_SCALAR, {230, 48}, (char *)"60", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k539[] = {&n534, &n537};
static dy_ynode *v539[] = {&n536, &n538};
static dy_ynode n539 = {DY_Y_MAP, {230, 14}, NULL, 0, 0, k539, v539, 2, 2};
static dy_ynode n540 = {DY_Y_SCALAR, {231, 5}, (char *)"engineer", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n541 = {DY_Y_SCALAR, {231, 16}, (char *)"actions", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n542 = {DY_Y_SCALAR, {231, 26}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n543 = {DY_Y_SCALAR, {231, 35}, (char *)"limit_reset", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *v544[] = {&n542, &n543};
static dy_ynode n544 = {DY_Y_SEQ, {231, 25}, NULL, 0, 0, NULL, v544, 2, 2};
static dy_ynode n545 = {DY_Y_SCALAR, {231, 49}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n546 = {DY_Y_SCALAR, {231, 62}, (char *)"60", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k547[] = {&n541, &n545};
static dy_ynode *v547[] = {&n544, &n546};
static dy_ynode n547 = {DY_Y_MAP, {231, 15}, NULL, 0, 0, k547, v547, 2, 2};
static dy_ynode n548 = {DY_Y_SCALAR, {232, 5}, (char *)"admin", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n549 = {DY_Y_SCALAR, {232, 13}, (char *)"actions", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n550 = {DY_Y_SCALAR, {232, 23}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n551 = {DY_Y_SCALAR, {232, 32}, (char *)"admin", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n552 = {DY_Y_SCALAR, {232, 39}, (char *)"limit_reset", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *v553[] = {&n550, &n551, &n552};
static dy_ynode n553 = {DY_Y_SEQ, {232, 22}, NULL, 0, 0, NULL, v553, 3, 3};
static dy_ynode n554 = {DY_Y_SCALAR, {232, 53}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n555 = {DY_Y_SCALAR, {232, 66}, (char *)"30", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k556[] = {&n549, &n554};
static dy_ynode *v556[] = {&n553, &n555};
static dy_ynode n556 = {DY_Y_MAP, {232, 12}, NULL, 0, 0, k556, v556, 2, 2};
static dy_ynode *k557[] = {&n533, &n540, &n548};
static dy_ynode *v557[] = {&n539, &n547, &n556};
static dy_ynode n557 = {DY_Y_MAP, {230, 5}, NULL, 0, 0, k557, v557, 3, 3};
static dy_ynode *k558[] = {&n528, &n530, &n532};
static dy_ynode *v558[] = {&n529, &n531, &n557};
static dy_ynode n558 = {DY_Y_MAP, {227, 3}, NULL, 0, 0, k558, v558, 3, 3};
static dy_ynode n559 = {DY_Y_SCALAR, {237, 1}, (char *)"postmortem", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n560 = {DY_Y_SCALAR, {238, 3}, (char *)"max_bytes", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n561 = {DY_Y_SCALAR, {238, 14}, (char *)"262144", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n562 = {DY_Y_SCALAR, {239, 3}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n563 = {DY_Y_SCALAR, {239, 18}, (char *)"<fill>", 6, 0, NULL, NULL, 0, 0};
static dy_ynode n564 = {DY_Y_SCALAR, {239, 28}, (char *)"TODO", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n565 = {DY_Y_SCALAR, {239, 34}, (char *)"TBD", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n566 = {DY_Y_SCALAR, {239, 39}, (char *)"FIXME", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n567 = {DY_Y_SCALAR, {239, 46}, (char *)"XXX", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n568 = {DY_Y_SCALAR, {239, 51}, (char *)"\077\077\077", 3, 0, NULL, NULL, 0, 0};
static dy_ynode *v569[] = {&n563, &n564, &n565, &n566, &n567, &n568};
static dy_ynode n569 = {DY_Y_SEQ, {239, 17}, NULL, 0, 0, NULL, v569, 6, 6};
static dy_ynode n570 = {DY_Y_SCALAR, {240, 3}, (char *)"sections", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n571 = {DY_Y_SCALAR, {241, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n572 = {DY_Y_SCALAR, {241, 11}, (char *)"summary", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n573 = {DY_Y_SCALAR, {242, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n574 = {DY_Y_SCALAR, {242, 14}, (char *)"Summary and customer impact", 27, 1, NULL, NULL, 0, 0};
static dy_ynode n575 = {DY_Y_SCALAR, {243, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n576 = {DY_Y_SCALAR, {243, 18}, (char *)"Summary", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n577 = {DY_Y_SCALAR, {243, 27}, (char *)"Customer impact", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n578 = {DY_Y_SCALAR, {243, 44}, (char *)"Impact", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n579 = {DY_Y_SCALAR, {243, 52}, (char *)"Summary and impact", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n580 = {DY_Y_SCALAR, {243, 72}, (char *)"Incident summary", 16, 1, NULL, NULL, 0, 0};
static dy_ynode *v581[] = {&n576, &n577, &n578, &n579, &n580};
static dy_ynode n581 = {DY_Y_SEQ, {243, 17}, NULL, 0, 0, NULL, v581, 5, 5};
static dy_ynode *k582[] = {&n571, &n573, &n575};
static dy_ynode *v582[] = {&n572, &n574, &n581};
static dy_ynode n582 = {DY_Y_MAP, {241, 7}, NULL, 0, 0, k582, v582, 3, 3};
static dy_ynode n583 = {DY_Y_SCALAR, {244, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n584 = {DY_Y_SCALAR, {244, 11}, (char *)"root-cause", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n585 = {DY_Y_SCALAR, {245, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n586 = {DY_Y_SCALAR, {245, 14}, (char *)"Root cause", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n587 = {DY_Y_SCALAR, {246, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n588 = {DY_Y_SCALAR, {246, 18}, (char *)"Root causes", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n589 = {DY_Y_SCALAR, {246, 31}, (char *)"Cause", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n590 = {DY_Y_SCALAR, {246, 38}, (char *)"Root cause analysis", 19, 1, NULL, NULL, 0, 0};
static dy_ynode *v591[] = {&n588, &n589, &n590};
static dy_ynode n591 = {DY_Y_SEQ, {246, 17}, NULL, 0, 0, NULL, v591, 3, 3};
static dy_ynode *k592[] = {&n583, &n585, &n587};
static dy_ynode *v592[] = {&n584, &n586, &n591};
static dy_ynode n592 = {DY_Y_MAP, {244, 7}, NULL, 0, 0, k592, v592, 3, 3};
static dy_ynode n593 = {DY_Y_SCALAR, {247, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n594 = {DY_Y_SCALAR, {247, 11}, (char *)"timeline", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n595 = {DY_Y_SCALAR, {248, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n596 = {DY_Y_SCALAR, {248, 14}, (char *)"Detection and response timeline", 31, 1, NULL, NULL, 0, 0};
static dy_ynode n597 = {DY_Y_SCALAR, {249, 7}, (char *)"kind", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n598 = {DY_Y_SCALAR, {249, 13}, (char *)"timeline", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n599 = {DY_Y_SCALAR, {250, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n600 = {DY_Y_SCALAR, {250, 18}, (char *)"Timeline", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n601 = {DY_Y_SCALAR, {250, 28}, (char *)"Detection and response", 22, 1, NULL, NULL, 0, 0};
static dy_ynode n602 = {DY_Y_SCALAR, {250, 52}, (char *)"Incident timeline", 17, 1, NULL, NULL, 0, 0};
static dy_ynode *v603[] = {&n600, &n601, &n602};
static dy_ynode n603 = {DY_Y_SEQ, {250, 17}, NULL, 0, 0, NULL, v603, 3, 3};
static dy_ynode *k604[] = {&n593, &n595, &n597, &n599};
static dy_ynode *v604[] = {&n594, &n596, &n598, &n603};
static dy_ynode n604 = {DY_Y_MAP, {247, 7}, NULL, 0, 0, k604, v604, 4, 4};
static dy_ynode n605 = {DY_Y_SCALAR, {251, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n606 = {DY_Y_SCALAR, {251, 11}, (char *)"mitigation", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n607 = {DY_Y_SCALAR, {252, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n608 = {DY_Y_SCALAR, {252, 14}, (char *)"Mitigation steps", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n609 = {DY_Y_SCALAR, {253, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n610 = {DY_Y_SCALAR, {253, 18}, (char *)"Mitigation", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n611 = {DY_Y_SCALAR, {253, 30}, (char *)"Mitigations", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n612 = {DY_Y_SCALAR, {253, 43}, (char *)"Resolution", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n613 = {DY_Y_SCALAR, {253, 55}, (char *)"Remediation", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *v614[] = {&n610, &n611, &n612, &n613};
static dy_ynode n614 = {DY_Y_SEQ, {253, 17}, NULL, 0, 0, NULL, v614, 4, 4};
static dy_ynode *k615[] = {&n605, &n607, &n609};
static dy_ynode *v615[] = {&n606, &n608, &n614};
static dy_ynode n615 = {DY_Y_MAP, {251, 7}, NULL, 0, 0, k615, v615, 3, 3};
static dy_ynode n616 = {DY_Y_SCALAR, {254, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n617 = {DY_Y_SCALAR, {254, 11}, (char *)"preventative-actions", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n618 = {DY_Y_SCALAR, {255, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n619 = {DY_Y_SCALAR, {255, 14}, (char *)"Preventative actions", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n620 = {DY_Y_SCALAR, {256, 7}, (char *)"kind", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n621 = {DY_Y_SCALAR, {256, 13}, (char *)"actions", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n622 = {DY_Y_SCALAR, {257, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n623 = {DY_Y_SCALAR, {257, 18}, (char *)"Preventive actions", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n624 = {DY_Y_SCALAR, {257, 38}, (char *)"Action items", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n625 = {DY_Y_SCALAR, {257, 52}, (char *)"Follow-up actions", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n626 = {DY_Y_SCALAR, {257, 71}, (char *)"Follow-ups", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n627 = {DY_Y_SCALAR, {257, 83}, (char *)"Corrective actions", 18, 1, NULL, NULL, 0, 0};
static dy_ynode *v628[] = {&n623, &n624, &n625, &n626, &n627};
static dy_ynode n628 = {DY_Y_SEQ, {257, 17}, NULL, 0, 0, NULL, v628, 5, 5};
static dy_ynode *k629[] = {&n616, &n618, &n620, &n622};
static dy_ynode *v629[] = {&n617, &n619, &n621, &n628};
static dy_ynode n629 = {DY_Y_MAP, {254, 7}, NULL, 0, 0, k629, v629, 4, 4};
static dy_ynode *v630[] = {&n582, &n592, &n604, &n615, &n629};
static dy_ynode n630 = {DY_Y_SEQ, {241, 5}, NULL, 0, 0, NULL, v630, 5, 5};
static dy_ynode *k631[] = {&n560, &n562, &n570};
static dy_ynode *v631[] = {&n561, &n569, &n630};
static dy_ynode n631 = {DY_Y_MAP, {238, 3}, NULL, 0, 0, k631, v631, 3, 3};
static dy_ynode n632 = {DY_Y_SCALAR, {269, 1}, (char *)"status", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n633 = {DY_Y_SCALAR, {270, 3}, (char *)"published", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n634 = {DY_Y_SCALAR, {270, 14}, (char *)"status_page.components", 22, 1, NULL, NULL, 0, 0};
static dy_ynode n635 = {DY_Y_SCALAR, {271, 3}, (char *)"burn_rate_windows", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n636 = {DY_Y_SCALAR, {272, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n637 = {DY_Y_SCALAR, {272, 14}, (char *)"1h", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n638 = {DY_Y_SCALAR, {272, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n639 = {DY_Y_SCALAR, {272, 25}, (char *)"5m", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n640 = {DY_Y_SCALAR, {272, 29}, (char *)"factor", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n641 = {DY_Y_SCALAR, {272, 37}, (char *)"14.4", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n642 = {DY_Y_SCALAR, {272, 43}, (char *)"alert", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n643 = {DY_Y_SCALAR, {272, 50}, (char *)"page", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n644 = {DY_Y_SCALAR, {272, 56}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n645 = {DY_Y_SCALAR, {272, 63}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k646[] = {&n636, &n638, &n640, &n642, &n644};
static dy_ynode *v646[] = {&n637, &n639, &n641, &n643, &n645};
static dy_ynode n646 = {DY_Y_MAP, {272, 7}, NULL, 0, 0, k646, v646, 5, 5};
static dy_ynode n647 = {DY_Y_SCALAR, {273, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n648 = {DY_Y_SCALAR, {273, 14}, (char *)"6h", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n649 = {DY_Y_SCALAR, {273, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n650 = {DY_Y_SCALAR, {273, 25}, (char *)"30m", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n651 = {DY_Y_SCALAR, {273, 30}, (char *)"factor", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n652 = {DY_Y_SCALAR, {273, 38}, (char *)"6", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n653 = {DY_Y_SCALAR, {273, 41}, (char *)"alert", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n654 = {DY_Y_SCALAR, {273, 48}, (char *)"page", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n655 = {DY_Y_SCALAR, {273, 54}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n656 = {DY_Y_SCALAR, {273, 61}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k657[] = {&n647, &n649, &n651, &n653, &n655};
static dy_ynode *v657[] = {&n648, &n650, &n652, &n654, &n656};
static dy_ynode n657 = {DY_Y_MAP, {273, 7}, NULL, 0, 0, k657, v657, 5, 5};
static dy_ynode n658 = {DY_Y_SCALAR, {274, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n659 = {DY_Y_SCALAR, {274, 14}, (char *)"1d", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n660 = {DY_Y_SCALAR, {274, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n661 = {DY_Y_SCALAR, {274, 25}, (char *)"2h", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n662 = {DY_Y_SCALAR, {274, 29}, (char *)"factor", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n663 = {DY_Y_SCALAR, {274, 37}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n664 = {DY_Y_SCALAR, {274, 40}, (char *)"alert", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n665 = {DY_Y_SCALAR, {274, 47}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n666 = {DY_Y_SCALAR, {274, 55}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n667 = {DY_Y_SCALAR, {274, 62}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k668[] = {&n658, &n660, &n662, &n664, &n666};
static dy_ynode *v668[] = {&n659, &n661, &n663, &n665, &n667};
static dy_ynode n668 = {DY_Y_MAP, {274, 7}, NULL, 0, 0, k668, v668, 5, 5};
static dy_ynode n669 = {DY_Y_SCALAR, {275, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n670 = {DY_Y_SCALAR, {275, 14}, (char *)"3d", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n671 = {DY_Y_SCALAR, {275, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n672 = {DY_Y_SCALAR, {275, 25}, (char *)"6h", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n673 = {DY_Y_SCALAR, {275, 29}, (char *)"factor", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n674 = {DY_Y_SCALAR, {275, 37}, (char *)"1", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n675 = {DY_Y_SCALAR, {275, 40}, (char *)"alert", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n676 = {DY_Y_SCALAR, {275, 47}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n677 = {DY_Y_SCALAR, {275, 55}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n678 = {DY_Y_SCALAR, {275, 62}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k679[] = {&n669, &n671, &n673, &n675, &n677};
static dy_ynode *v679[] = {&n670, &n672, &n674, &n676, &n678};
static dy_ynode n679 = {DY_Y_MAP, {275, 7}, NULL, 0, 0, k679, v679, 5, 5};
static dy_ynode *v680[] = {&n646, &n657, &n668, &n679};
static dy_ynode n680 = {DY_Y_SEQ, {272, 5}, NULL, 0, 0, NULL, v680, 4, 4};
static dy_ynode n681 = {DY_Y_SCALAR, {276, 3}, (char *)"components", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n682 = {DY_Y_SCALAR, {277, 5}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n683 = {DY_Y_SCALAR, {278, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n684 = {DY_Y_SCALAR, {278, 20}, (char *)"maintenance.api", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n685 = {DY_Y_SCALAR, {279, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n686 = {DY_Y_SCALAR, {280, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n687 = {DY_Y_SCALAR, {280, 18}, (char *)"api-health", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n688 = {DY_Y_SCALAR, {280, 30}, (char *)"health", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n689 = {DY_Y_SCALAR, {280, 38}, (char *)"api.health.status_code", 22, 1, NULL, NULL, 0, 0};
static dy_ynode n690 = {DY_Y_SCALAR, {280, 62}, (char *)"expect", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n691 = {DY_Y_SCALAR, {280, 70}, (char *)"200", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n692 = {DY_Y_SCALAR, {280, 75}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n693 = {DY_Y_SCALAR, {280, 82}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0};
static dy_ynode *k694[] = {&n686, &n688, &n690, &n692};
static dy_ynode *v694[] = {&n687, &n689, &n691, &n693};
static dy_ynode n694 = {DY_Y_MAP, {280, 11}, NULL, 0, 0, k694, v694, 4, 4};
static dy_ynode n695 = {DY_Y_SCALAR, {281, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n696 = {DY_Y_SCALAR, {281, 18}, (char *)"api-5xx", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n697 = {DY_Y_SCALAR, {281, 27}, (char *)"burn_rate", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n698 = {DY_Y_SCALAR, {281, 38}, (char *)"api.error_rate_5xx", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n699 = {DY_Y_SCALAR, {281, 58}, (char *)"measures", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n700 = {DY_Y_SCALAR, {281, 68}, (char *)"errors", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n701 = {DY_Y_SCALAR, {281, 76}, (char *)"objective", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n702 = {DY_Y_SCALAR, {281, 87}, (char *)"99.9%", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k703[] = {&n695, &n697, &n699, &n701};
static dy_ynode *v703[] = {&n696, &n698, &n700, &n702};
static dy_ynode n703 = {DY_Y_MAP, {281, 11}, NULL, 0, 0, k703, v703, 4, 4};
static dy_ynode n704 = {DY_Y_SCALAR, {282, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n705 = {DY_Y_SCALAR, {282, 17}, (char *)"api-429-spike", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n706 = {DY_Y_SCALAR, {283, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n707 = {DY_Y_SCALAR, {283, 22}, (char *)"api.rate_429", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n708 = {DY_Y_SCALAR, {284, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n709 = {DY_Y_SCALAR, {284, 16}, (char *)"api.rate_429_baseline", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n710 = {DY_Y_SCALAR, {285, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n711 = {DY_Y_SCALAR, {285, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n712 = {DY_Y_SCALAR, {285, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n713 = {DY_Y_SCALAR, {285, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n714 = {DY_Y_SCALAR, {285, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k715[] = {&n711, &n713};
static dy_ynode *v715[] = {&n712, &n714};
static dy_ynode n715 = {DY_Y_MAP, {285, 18}, NULL, 0, 0, k715, v715, 2, 2};
static dy_ynode *v716[] = {&n715};
static dy_ynode n716 = {DY_Y_SEQ, {285, 17}, NULL, 0, 0, NULL, v716, 1, 1};
static dy_ynode *k717[] = {&n704, &n706, &n708, &n710};
static dy_ynode *v717[] = {&n705, &n707, &n709, &n716};
static dy_ynode n717 = {DY_Y_MAP, {282, 11}, NULL, 0, 0, k717, v717, 4, 4};
static dy_ynode *v718[] = {&n694, &n703, &n717};
static dy_ynode n718 = {DY_Y_SEQ, {280, 9}, NULL, 0, 0, NULL, v718, 3, 3};
static dy_ynode *k719[] = {&n683, &n685};
static dy_ynode *v719[] = {&n684, &n718};
static dy_ynode n719 = {DY_Y_MAP, {278, 7}, NULL, 0, 0, k719, v719, 2, 2};
static dy_ynode n720 = {DY_Y_SCALAR, {286, 5}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n721 = {DY_Y_SCALAR, {287, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n722 = {DY_Y_SCALAR, {287, 20}, (char *)"maintenance.ingest", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n723 = {DY_Y_SCALAR, {288, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n724 = {DY_Y_SCALAR, {289, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n725 = {DY_Y_SCALAR, {289, 18}, (char *)"ingest-health", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n726 = {DY_Y_SCALAR, {289, 33}, (char *)"health", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n727 = {DY_Y_SCALAR, {289, 41}, (char *)"ingest.health.status_code", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n728 = {DY_Y_SCALAR, {289, 68}, (char *)"expect", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n729 = {DY_Y_SCALAR, {289, 76}, (char *)"200", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n730 = {DY_Y_SCALAR, {290, 12}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n731 = {DY_Y_SCALAR, {290, 19}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0};
static dy_ynode *k732[] = {&n724, &n726, &n728, &n730};
static dy_ynode *v732[] = {&n725, &n727, &n729, &n731};
static dy_ynode n732 = {DY_Y_MAP, {289, 11}, NULL, 0, 0, k732, v732, 4, 4};
static dy_ynode n733 = {DY_Y_SCALAR, {291, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n734 = {DY_Y_SCALAR, {291, 18}, (char *)"ingest-success", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n735 = {DY_Y_SCALAR, {291, 34}, (char *)"burn_rate", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n736 = {DY_Y_SCALAR, {291, 45}, (char *)"ingest.success_rate", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n737 = {DY_Y_SCALAR, {291, 66}, (char *)"measures", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n738 = {DY_Y_SCALAR, {291, 76}, (char *)"success", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n739 = {DY_Y_SCALAR, {292, 12}, (char *)"objective", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n740 = {DY_Y_SCALAR, {292, 23}, (char *)"99.9%", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k741[] = {&n733, &n735, &n737, &n739};
static dy_ynode *v741[] = {&n734, &n736, &n738, &n740};
static dy_ynode n741 = {DY_Y_MAP, {291, 11}, NULL, 0, 0, k741, v741, 4, 4};
static dy_ynode n742 = {DY_Y_SCALAR, {293, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n743 = {DY_Y_SCALAR, {293, 18}, (char *)"ingest-5xx", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n744 = {DY_Y_SCALAR, {293, 30}, (char *)"burn_rate", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n745 = {DY_Y_SCALAR, {293, 41}, (char *)"ingest.error_rate_5xx", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n746 = {DY_Y_SCALAR, {293, 64}, (char *)"measures", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n747 = {DY_Y_SCALAR, {293, 74}, (char *)"errors", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n748 = {DY_Y_SCALAR, {294, 12}, (char *)"objective", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n749 = {DY_Y_SCALAR, {294, 23}, (char *)"99.9%", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k750[] = {&n742, &n744, &n746, &n748};
static dy_ynode *v750[] = {&n743, &n745, &n747, &n749};
static dy_ynode n750 = {DY_Y_MAP, {293, 11}, NULL, 0, 0, k750, v750, 4, 4};
static dy_ynode *v751[] = {&n732, &n741, &n750};
static dy_ynode n751 = {DY_Y_SEQ, {289, 9}, NULL, 0, 0, NULL, v751, 3, 3};
static dy_ynode *k752[] = {&n721, &n723};
static dy_ynode *v752[] = {&n722, &n751};
static dy_ynode n752 = {DY_Y_MAP, {287, 7}, NULL, 0, 0, k752, v752, 2, 2};
static dy_ynode n753 = {DY_Y_SCALAR, {295, 5}, (char *)"jobs", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n754 = {DY_Y_SCALAR, {296, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n755 = {DY_Y_SCALAR, {296, 20}, (char *)"maintenance.jobs", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n756 = {DY_Y_SCALAR, {297, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n757 = {DY_Y_SCALAR, {298, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n758 = {DY_Y_SCALAR, {298, 17}, (char *)"geo-enrichment-backlog", 22, 1, NULL, NULL, 0, 0};
static dy_ynode n759 = {DY_Y_SCALAR, {299, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n760 = {DY_Y_SCALAR, {299, 22}, (char *)"jobs.geo_enrichment.backlog", 27, 1, NULL, NULL, 0, 0};
static dy_ynode n761 = {DY_Y_SCALAR, {300, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n762 = {DY_Y_SCALAR, {300, 16}, (char *)"jobs.geo_enrichment.baseline", 28, 1, NULL, NULL, 0, 0};
static dy_ynode n763 = {DY_Y_SCALAR, {301, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n764 = {DY_Y_SCALAR, {301, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n765 = {DY_Y_SCALAR, {301, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n766 = {DY_Y_SCALAR, {301, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n767 = {DY_Y_SCALAR, {301, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k768[] = {&n764, &n766};
static dy_ynode *v768[] = {&n765, &n767};
static dy_ynode n768 = {DY_Y_MAP, {301, 18}, NULL, 0, 0, k768, v768, 2, 2};
static dy_ynode n769 = {DY_Y_SCALAR, {301, 60}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n770 = {DY_Y_SCALAR, {301, 67}, (char *)"10", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n771 = {DY_Y_SCALAR, {301, 71}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n772 = {DY_Y_SCALAR, {301, 78}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k773[] = {&n769, &n771};
static dy_ynode *v773[] = {&n770, &n772};
static dy_ynode n773 = {DY_Y_MAP, {301, 59}, NULL, 0, 0, k773, v773, 2, 2};
static dy_ynode *v774[] = {&n768, &n773};
static dy_ynode n774 = {DY_Y_SEQ, {301, 17}, NULL, 0, 0, NULL, v774, 2, 2};
static dy_ynode *k775[] = {&n757, &n759, &n761, &n763};
static dy_ynode *v775[] = {&n758, &n760, &n762, &n774};
static dy_ynode n775 = {DY_Y_MAP, {298, 11}, NULL, 0, 0, k775, v775, 4, 4};
static dy_ynode n776 = {DY_Y_SCALAR, {302, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n777 = {DY_Y_SCALAR, {302, 17}, (char *)"aggregation-backlog", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n778 = {DY_Y_SCALAR, {303, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n779 = {DY_Y_SCALAR, {303, 22}, (char *)"jobs.aggregation.backlog", 24, 1, NULL, NULL, 0, 0};
static dy_ynode n780 = {DY_Y_SCALAR, {304, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n781 = {DY_Y_SCALAR, {304, 16}, (char *)"jobs.aggregation.baseline", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n782 = {DY_Y_SCALAR, {305, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n783 = {DY_Y_SCALAR, {305, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n784 = {DY_Y_SCALAR, {305, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n785 = {DY_Y_SCALAR, {305, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n786 = {DY_Y_SCALAR, {305, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k787[] = {&n783, &n785};
static dy_ynode *v787[] = {&n784, &n786};
static dy_ynode n787 = {DY_Y_MAP, {305, 18}, NULL, 0, 0, k787, v787, 2, 2};
static dy_ynode n788 = {DY_Y_SCALAR, {305, 60}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n789 = {DY_Y_SCALAR, {305, 67}, (char *)"10", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n790 = {DY_Y_SCALAR, {305, 71}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n791 = {DY_Y_SCALAR, {305, 78}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k792[] = {&n788, &n790};
static dy_ynode *v792[] = {&n789, &n791};
static dy_ynode n792 = {DY_Y_MAP, {305, 59}, NULL, 0, 0, k792, v792, 2, 2};
static dy_ynode *v793[] = {&n787, &n792};
static dy_ynode n793 = {DY_Y_SEQ, {305, 17}, NULL, 0, 0, NULL, v793, 2, 2};
static dy_ynode *k794[] = {&n776, &n778, &n780, &n782};
static dy_ynode *v794[] = {&n777, &n779, &n781, &n793};
static dy_ynode n794 = {DY_Y_MAP, {302, 11}, NULL, 0, 0, k794, v794, 4, 4};
static dy_ynode n795 = {DY_Y_SCALAR, {306, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n796 = {DY_Y_SCALAR, {306, 17}, (char *)"exports-backlog", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n797 = {DY_Y_SCALAR, {307, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n798 = {DY_Y_SCALAR, {307, 22}, (char *)"jobs.exports.backlog", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n799 = {DY_Y_SCALAR, {308, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n800 = {DY_Y_SCALAR, {308, 16}, (char *)"jobs.exports.baseline", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n801 = {DY_Y_SCALAR, {309, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n802 = {DY_Y_SCALAR, {309, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n803 = {DY_Y_SCALAR, {309, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n804 = {DY_Y_SCALAR, {309, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n805 = {DY_Y_SCALAR, {309, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k806[] = {&n802, &n804};
static dy_ynode *v806[] = {&n803, &n805};
static dy_ynode n806 = {DY_Y_MAP, {309, 18}, NULL, 0, 0, k806, v806, 2, 2};
static dy_ynode n807 = {DY_Y_SCALAR, {309, 60}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n808 = {DY_Y_SCALAR, {309, 67}, (char *)"10", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n809 = {DY_Y_SCALAR, {309, 71}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n810 = {DY_Y_SCALAR, {309, 78}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k811[] = {&n807, &n809};
static dy_ynode *v811[] = {&n808, &n810};
static dy_ynode n811 = {DY_Y_MAP, {309, 59}, NULL, 0, 0, k811, v811, 2, 2};
static dy_ynode *v812[] = {&n806, &n811};
static dy_ynode n812 = {DY_Y_SEQ, {309, 17}, NULL, 0, 0, NULL, v812, 2, 2};
static dy_ynode *k813[] = {&n795, &n797, &n799, &n801};
static dy_ynode *v813[] = {&n796, &n798, &n800, &n812};
static dy_ynode n813 = {DY_Y_MAP, {306, 11}, NULL, 0, 0, k813, v813, 4, 4};
static dy_ynode *v814[] = {&n775, &n794, &n813};
static dy_ynode n814 = {DY_Y_SEQ, {298, 9}, NULL, 0, 0, NULL, v814, 3, 3};
static dy_ynode *k815[] = {&n754, &n756};
static dy_ynode *v815[] = {&n755, &n814};
static dy_ynode n815 = {DY_Y_MAP, {296, 7}, NULL, 0, 0, k815, v815, 2, 2};
static dy_ynode n816 = {DY_Y_SCALAR, {310, 5}, (char *)"db", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n817 = {DY_Y_SCALAR, {311, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n818 = {DY_Y_SCALAR, {311, 20}, (char *)"maintenance.db", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n819 = {DY_Y_SCALAR, {312, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n820 = {DY_Y_SCALAR, {313, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n821 = {DY_Y_SCALAR, {313, 17}, (char *)"db-pool-saturation", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n822 = {DY_Y_SCALAR, {314, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n823 = {DY_Y_SCALAR, {314, 22}, (char *)"db.pool.in_use", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n824 = {DY_Y_SCALAR, {315, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n825 = {DY_Y_SCALAR, {315, 16}, (char *)"db.pool.size", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n826 = {DY_Y_SCALAR, {316, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n827 = {DY_Y_SCALAR, {316, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n828 = {DY_Y_SCALAR, {316, 26}, (char *)"0.8", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n829 = {DY_Y_SCALAR, {316, 31}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n830 = {DY_Y_SCALAR, {316, 38}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k831[] = {&n827, &n829};
static dy_ynode *v831[] = {&n828, &n830};
static dy_ynode n831 = {DY_Y_MAP, {316, 18}, NULL, 0, 0, k831, v831, 2, 2};
static dy_ynode n832 = {DY_Y_SCALAR, {316, 62}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n833 = {DY_Y_SCALAR, {316, 69}, (char *)"0.95", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n834 = {DY_Y_SCALAR, {316, 75}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n835 = {DY_Y_SCALAR, {316, 82}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k836[] = {&n832, &n834};
static dy_ynode *v836[] = {&n833, &n835};
static dy_ynode n836 = {DY_Y_MAP, {316, 61}, NULL, 0, 0, k836, v836, 2, 2};
static dy_ynode *v837[] = {&n831, &n836};
static dy_ynode n837 = {DY_Y_SEQ, {316, 17}, NULL, 0, 0, NULL, v837, 2, 2};
static dy_ynode *k838[] = {&n820, &n822, &n824, &n826};
static dy_ynode *v838[] = {&n821, &n823, &n825, &n837};
static dy_ynode n838 = {DY_Y_MAP, {313, 11}, NULL, 0, 0, k838, v838, 4, 4};
static dy_ynode n839 = {DY_Y_SCALAR, {317, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n840 = {DY_Y_SCALAR, {317, 17}, (char *)"db-slow-queries", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n841 = {DY_Y_SCALAR, {318, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n842 = {DY_Y_SCALAR, {318, 22}, (char *)"db.slow_queries_per_minute", 26, 1, NULL, NULL, 0, 0};
static dy_ynode n843 = {DY_Y_SCALAR, {319, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n844 = {DY_Y_SCALAR, {319, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n845 = {DY_Y_SCALAR, {319, 26}, (char *)"10", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n846 = {DY_Y_SCALAR, {319, 30}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n847 = {DY_Y_SCALAR, {319, 37}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k848[] = {&n844, &n846};
static dy_ynode *v848[] = {&n845, &n847};
static dy_ynode n848 = {DY_Y_MAP, {319, 18}, NULL, 0, 0, k848, v848, 2, 2};
static dy_ynode n849 = {DY_Y_SCALAR, {319, 61}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n850 = {DY_Y_SCALAR, {319, 68}, (char *)"50", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n851 = {DY_Y_SCALAR, {319, 72}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n852 = {DY_Y_SCALAR, {319, 79}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k853[] = {&n849, &n851};
static dy_ynode *v853[] = {&n850, &n852};
static dy_ynode n853 = {DY_Y_MAP, {319, 60}, NULL, 0, 0, k853, v853, 2, 2};
static dy_ynode *v854[] = {&n848, &n853};
static dy_ynode n854 = {DY_Y_SEQ, {319, 17}, NULL, 0, 0, NULL, v854, 2, 2};
static dy_ynode *k855[] = {&n839, &n841, &n843};
static dy_ynode *v855[] = {&n840, &n842, &n854};
static dy_ynode n855 = {DY_Y_MAP, {317, 11}, NULL, 0, 0, k855, v855, 3, 3};
static dy_ynode *v856[] = {&n838, &n855};
static dy_ynode n856 = {DY_Y_SEQ, {313, 9}, NULL, 0, 0, NULL, v856, 2, 2};
static dy_ynode *k857[] = {&n817, &n819};
static dy_ynode *v857[] = {&n818, &n856};
static dy_ynode n857 = {DY_Y_MAP, {311, 7}, NULL, 0, 0, k857, v857, 2, 2};
static dy_ynode n858 = {DY_Y_SCALAR, {320, 5}, (char *)"notifications", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n859 = {DY_Y_SCALAR, {321, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n860 = {DY_Y_SCALAR, {321, 20}, (char *)"maintenance.notifications", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n861 = {DY_Y_SCALAR, {322, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n862 = {DY_Y_SCALAR, {323, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n863 = {DY_Y_SCALAR, {323, 18}, (char *)"notifications-health", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n864 = {DY_Y_SCALAR, {323, 40}, (char *)"health", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n865 = {DY_Y_SCALAR, {323, 48}, (char *)"notifications.health.status_code", 32, 1, NULL, NULL, 0, 0};
static dy_ynode n866 = {DY_Y_SCALAR, {323, 82}, (char *)"expect", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n867 = {DY_Y_SCALAR, {323, 90}, (char *)"200", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n868 = {DY_Y_SCALAR, {324, 12}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n869 = {DY_Y_SCALAR, {324, 19}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0};
static dy_ynode *k870[] = {&n862, &n864, &n866, &n868};
static dy_ynode *v870[] = {&n863, &n865, &n867, &n869};
static dy_ynode n870 = {DY_Y_MAP, {323, 11}, NULL, 0, 0, k870, v870, 4, 4};
static dy_ynode *v871[] = {&n870};
static dy_ynode n871 = {DY_Y_SEQ, {323, 9}, NULL, 0, 0, NULL, v871, 1, 1};
static dy_ynode *k872[] = {&n859, &n861};
static dy_ynode *v872[] = {&n860, &n871};
static dy_ynode n872 = {DY_Y_MAP, {321, 7}, NULL, 0, 0, k872, v872, 2, 2};
static dy_ynode n873 = {DY_Y_SCALAR, {325, 5}, (char *)"dashboard", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n874 = {DY_Y_SCALAR, {326, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n875 = {DY_Y_SCALAR, {326, 20}, (char *)"maintenance.dashboard", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n876 = {DY_Y_SCALAR, {327, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n877 = {DY_Y_SCALAR, {328, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n878 = {DY_Y_SCALAR, {328, 18}, (char *)"dashboard-health", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n879 = {DY_Y_SCALAR, {328, 36}, (char *)"health", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n880 = {DY_Y_SCALAR, {328, 44}, (char *)"dashboard.health.status_code", 28, 1, NULL, NULL, 0, 0};
static dy_ynode n881 = {DY_Y_SCALAR, {328, 74}, (char *)"expect", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n882 = {DY_Y_SCALAR, {328, 82}, (char *)"200", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n883 = {DY_Y_SCALAR, {329, 12}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n884 = {DY_Y_SCALAR, {329, 19}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0};
static dy_ynode *k885[] = {&n877, &n879, &n881, &n883};
static dy_ynode *v885[] = {&n878, &n880, &n882, &n884};
static dy_ynode n885 = {DY_Y_MAP, {328, 11}, NULL, 0, 0, k885, v885, 4, 4};
static dy_ynode *v886[] = {&n885};
static dy_ynode n886 = {DY_Y_SEQ, {328, 9}, NULL, 0, 0, NULL, v886, 1, 1};
static dy_ynode *k887[] = {&n874, &n876};
static dy_ynode *v887[] = {&n875, &n886};
static dy_ynode n887 = {DY_Y_MAP, {326, 7}, NULL, 0, 0, k887, v887, 2, 2};
static dy_ynode *k888[] = {&n682, &n720, &n753, &n816, &n858, &n873};
static dy_ynode *v888[] = {&n719, &n752, &n815, &n857, &n872, &n887};
static dy_ynode n888 = {DY_Y_MAP, {277, 5}, NULL, 0, 0, k888, v888, 6, 6};
static dy_ynode *k889[] = {&n633, &n635, &n681};
static dy_ynode *v889[] = {&n634, &n680, &n888};
static dy_ynode n889 = {DY_Y_MAP, {270, 3}, NULL, 0, 0, k889, v889, 3, 3};
static dy_ynode *k890[] = {&n0, &n2, &n60, &n81, &n194, &n392, &n401, &n403, &n409, &n416, &n527, &n559, &n632};
static dy_ynode *v890[] = {&n1, &n59, &n80, &n193, &n391, &n400, &n402, &n408, &n415, &n526, &n558, &n631, &n889};
static dy_ynode n890 = {DY_Y_MAP, {8, 1}, NULL, 0, 0, k890, v890, 13, 13};

dy_ynode *const dy_default_policy_tree = &n890;

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
const size_t dy_default_policy_tree_source_len = 13478;
