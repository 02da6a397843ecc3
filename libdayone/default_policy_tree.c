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
static dy_ynode n193 = {DY_Y_SCALAR, {112, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n194 = {DY_Y_SCALAR, {112, 9}, (char *)"incident-kind", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n195 = {DY_Y_SCALAR, {113, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n196 = {DY_Y_SCALAR, {113, 10}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n197 = {DY_Y_SCALAR, {114, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n198 = {DY_Y_SCALAR, {114, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v199[] = {&n198};
static dy_ynode n199 = {DY_Y_SEQ, {114, 15}, NULL, 0, 0, NULL, v199, 1, 1};
static dy_ynode n200 = {DY_Y_SCALAR, {115, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n201 = {DY_Y_SCALAR, {115, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n202 = {DY_Y_SCALAR, {116, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n203 = {DY_Y_SCALAR, {116, 14}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n204 = {DY_Y_SCALAR, {116, 24}, (char *)"drill", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v205[] = {&n203, &n204};
static dy_ynode n205 = {DY_Y_SEQ, {116, 13}, NULL, 0, 0, NULL, v205, 2, 2};
static dy_ynode n206 = {DY_Y_SCALAR, {117, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n207 = {DY_Y_SCALAR, {117, 11}, (char *)"Say whether the record is a real incident or a drill.", 53, 0, NULL, NULL, 0, 0};
static dy_ynode *k208[] = {&n193, &n195, &n197, &n200, &n202, &n206};
static dy_ynode *v208[] = {&n194, &n196, &n199, &n201, &n205, &n207};
static dy_ynode n208 = {DY_Y_MAP, {112, 5}, NULL, 0, 0, k208, v208, 6, 6};
static dy_ynode n209 = {DY_Y_SCALAR, {119, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n210 = {DY_Y_SCALAR, {119, 9}, (char *)"incident-severity", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n211 = {DY_Y_SCALAR, {120, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n212 = {DY_Y_SCALAR, {120, 10}, (char *)"incident.severity", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n213 = {DY_Y_SCALAR, {121, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n214 = {DY_Y_SCALAR, {121, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v215[] = {&n214};
static dy_ynode n215 = {DY_Y_SEQ, {121, 15}, NULL, 0, 0, NULL, v215, 1, 1};
static dy_ynode n216 = {DY_Y_SCALAR, {122, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n217 = {DY_Y_SCALAR, {122, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n218 = {DY_Y_SCALAR, {123, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n219 = {DY_Y_SCALAR, {123, 14}, (char *)"SEV-1", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n220 = {DY_Y_SCALAR, {123, 21}, (char *)"SEV-2", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n221 = {DY_Y_SCALAR, {123, 28}, (char *)"SEV-3", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n222 = {DY_Y_SCALAR, {123, 35}, (char *)"SEV-4", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n223 = {DY_Y_SCALAR, {123, 42}, (char *)"SEV-5", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v224[] = {&n219, &n220, &n221, &n222, &n223};
static dy_ynode n224 = {DY_Y_SEQ, {123, 13}, NULL, 0, 0, NULL, v224, 5, 5};
static dy_ynode n225 = {DY_Y_SCALAR, {124, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n226 = {DY_Y_SCALAR, {124, 11}, (char *)"Set the severity (playbook: set severity and publish status page inciden"
    "t).", 75, 0, NULL, NULL, 0, 0};
static dy_ynode *k227[] = {&n209, &n211, &n213, &n216, &n218, &n225};
static dy_ynode *v227[] = {&n210, &n212, &n215, &n217, &n224, &n226};
static dy_ynode n227 = {DY_Y_MAP, {119, 5}, NULL, 0, 0, k227, v227, 6, 6};
static dy_ynode n228 = {DY_Y_SCALAR, {126, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n229 = {DY_Y_SCALAR, {126, 9}, (char *)"incident-status", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n230 = {DY_Y_SCALAR, {127, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n231 = {DY_Y_SCALAR, {127, 10}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n232 = {DY_Y_SCALAR, {128, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n233 = {DY_Y_SCALAR, {128, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v234[] = {&n233};
static dy_ynode n234 = {DY_Y_SEQ, {128, 15}, NULL, 0, 0, NULL, v234, 1, 1};
static dy_ynode n235 = {DY_Y_SCALAR, {129, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n236 = {DY_Y_SCALAR, {129, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n237 = {DY_Y_SCALAR, {130, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n238 = {DY_Y_SCALAR, {130, 14}, (char *)"investigating", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n239 = {DY_Y_SCALAR, {130, 29}, (char *)"identified", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n240 = {DY_Y_SCALAR, {130, 41}, (char *)"monitoring", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n241 = {DY_Y_SCALAR, {130, 53}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v242[] = {&n238, &n239, &n240, &n241};
static dy_ynode n242 = {DY_Y_SEQ, {130, 13}, NULL, 0, 0, NULL, v242, 4, 4};
static dy_ynode n243 = {DY_Y_SCALAR, {131, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n244 = {DY_Y_SCALAR, {131, 11}, (char *)"Give the status the status page shows (the four statuses of the playbook"
    ").", 74, 0, NULL, NULL, 0, 0};
static dy_ynode *k245[] = {&n228, &n230, &n232, &n235, &n237, &n243};
static dy_ynode *v245[] = {&n229, &n231, &n234, &n236, &n242, &n244};
static dy_ynode n245 = {DY_Y_MAP, {126, 5}, NULL, 0, 0, k245, v245, 6, 6};
static dy_ynode n246 = {DY_Y_SCALAR, {133, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n247 = {DY_Y_SCALAR, {133, 9}, (char *)"incident-status-page", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n248 = {DY_Y_SCALAR, {134, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n249 = {DY_Y_SCALAR, {134, 10}, (char *)"incident.status_page.published_at", 33, 1, NULL, NULL, 0, 0};
static dy_ynode n250 = {DY_Y_SCALAR, {135, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n251 = {DY_Y_SCALAR, {135, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v252[] = {&n251};
static dy_ynode n252 = {DY_Y_SEQ, {135, 15}, NULL, 0, 0, NULL, v252, 1, 1};
static dy_ynode n253 = {DY_Y_SCALAR, {136, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n254 = {DY_Y_SCALAR, {136, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n255 = {DY_Y_SCALAR, {136, 18}, (char *)"incident.severity", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n256 = {DY_Y_SCALAR, {136, 37}, (char *)"in", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n257 = {DY_Y_SCALAR, {136, 42}, (char *)"SEV-1", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n258 = {DY_Y_SCALAR, {136, 49}, (char *)"SEV-2", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v259[] = {&n257, &n258};
static dy_ynode n259 = {DY_Y_SEQ, {136, 41}, NULL, 0, 0, NULL, v259, 2, 2};
static dy_ynode *k260[] = {&n254, &n256};
static dy_ynode *v260[] = {&n255, &n259};
static dy_ynode n260 = {DY_Y_MAP, {136, 11}, NULL, 0, 0, k260, v260, 2, 2};
static dy_ynode n261 = {DY_Y_SCALAR, {137, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n262 = {DY_Y_SCALAR, {137, 13}, (char *)"timestamp", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n263 = {DY_Y_SCALAR, {138, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n264 = {DY_Y_SCALAR, {138, 11}, (char *)"SEV-1 and SEV-2 incidents are published on the status page: record when.", 72, 0, NULL, NULL, 0, 0};
static dy_ynode *k265[] = {&n246, &n248, &n250, &n253, &n261, &n263};
static dy_ynode *v265[] = {&n247, &n249, &n252, &n260, &n262, &n264};
static dy_ynode n265 = {DY_Y_MAP, {133, 5}, NULL, 0, 0, k265, v265, 6, 6};
static dy_ynode n266 = {DY_Y_SCALAR, {140, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n267 = {DY_Y_SCALAR, {140, 9}, (char *)"incident-impact-named", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n268 = {DY_Y_SCALAR, {141, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n269 = {DY_Y_SCALAR, {141, 10}, (char *)"incident.components", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n270 = {DY_Y_SCALAR, {142, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n271 = {DY_Y_SCALAR, {142, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v272[] = {&n271};
static dy_ynode n272 = {DY_Y_SEQ, {142, 15}, NULL, 0, 0, NULL, v272, 1, 1};
static dy_ynode n273 = {DY_Y_SCALAR, {143, 5}, (char *)"sequence", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n274 = {DY_Y_SCALAR, {143, 16}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n275 = {DY_Y_SCALAR, {143, 21}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n276 = {DY_Y_SCALAR, {143, 27}, (char *)"includes_any", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n277 = {DY_Y_SCALAR, {143, 42}, (char *)"API", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n278 = {DY_Y_SCALAR, {143, 47}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n279 = {DY_Y_SCALAR, {143, 55}, (char *)"geo", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n280 = {DY_Y_SCALAR, {143, 60}, (char *)"notifications", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n281 = {DY_Y_SCALAR, {143, 75}, (char *)"dashboard", 9, 1, NULL, NULL, 0, 0};
static dy_ynode *v282[] = {&n277, &n278, &n279, &n280, &n281};
static dy_ynode n282 = {DY_Y_SEQ, {143, 41}, NULL, 0, 0, NULL, v282, 5, 5};
static dy_ynode *k283[] = {&n274, &n276};
static dy_ynode *v283[] = {&n275, &n282};
static dy_ynode n283 = {DY_Y_MAP, {143, 15}, NULL, 0, 0, k283, v283, 2, 2};
static dy_ynode n284 = {DY_Y_SCALAR, {144, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n285 = {DY_Y_SCALAR, {144, 11}, (char *)"Name what is affected: API, ingest, geo, notifications or dashboard.", 68, 0, NULL, NULL, 0, 0};
static dy_ynode *k286[] = {&n266, &n268, &n270, &n273, &n284};
static dy_ynode *v286[] = {&n267, &n269, &n272, &n283, &n285};
static dy_ynode n286 = {DY_Y_MAP, {140, 5}, NULL, 0, 0, k286, v286, 5, 5};
static dy_ynode n287 = {DY_Y_SCALAR, {146, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n288 = {DY_Y_SCALAR, {146, 9}, (char *)"incident-status-forward", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n289 = {DY_Y_SCALAR, {147, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n290 = {DY_Y_SCALAR, {147, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n291 = {DY_Y_SCALAR, {148, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n292 = {DY_Y_SCALAR, {148, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v293[] = {&n292};
static dy_ynode n293 = {DY_Y_SEQ, {148, 15}, NULL, 0, 0, NULL, v293, 1, 1};
static dy_ynode n294 = {DY_Y_SCALAR, {149, 5}, (char *)"min_items", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n295 = {DY_Y_SCALAR, {149, 16}, (char *)"1", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n296 = {DY_Y_SCALAR, {150, 5}, (char *)"sequence", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n297 = {DY_Y_SCALAR, {150, 16}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n298 = {DY_Y_SCALAR, {150, 21}, (char *)"status", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n299 = {DY_Y_SCALAR, {150, 29}, (char *)"order", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n300 = {DY_Y_SCALAR, {150, 37}, (char *)"investigating", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n301 = {DY_Y_SCALAR, {150, 52}, (char *)"identified", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n302 = {DY_Y_SCALAR, {150, 64}, (char *)"monitoring", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n303 = {DY_Y_SCALAR, {150, 76}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v304[] = {&n300, &n301, &n302, &n303};
static dy_ynode n304 = {DY_Y_SEQ, {150, 36}, NULL, 0, 0, NULL, v304, 4, 4};
static dy_ynode *k305[] = {&n297, &n299};
static dy_ynode *v305[] = {&n298, &n304};
static dy_ynode n305 = {DY_Y_MAP, {150, 15}, NULL, 0, 0, k305, v305, 2, 2};
static dy_ynode n306 = {DY_Y_SCALAR, {151, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n307 = {DY_Y_SCALAR, {151, 11}, (char *)"Statuses only move forward, in the playbook's order; record them oldest "
    "first.", 78, 0, NULL, NULL, 0, 0};
static dy_ynode *k308[] = {&n287, &n289, &n291, &n294, &n296, &n306};
static dy_ynode *v308[] = {&n288, &n290, &n293, &n295, &n305, &n307};
static dy_ynode n308 = {DY_Y_MAP, {146, 5}, NULL, 0, 0, k308, v308, 6, 6};
static dy_ynode n309 = {DY_Y_SCALAR, {153, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n310 = {DY_Y_SCALAR, {153, 9}, (char *)"incident-update-gaps", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n311 = {DY_Y_SCALAR, {154, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n312 = {DY_Y_SCALAR, {154, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n313 = {DY_Y_SCALAR, {155, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n314 = {DY_Y_SCALAR, {155, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v315[] = {&n314};
static dy_ynode n315 = {DY_Y_SEQ, {155, 15}, NULL, 0, 0, NULL, v315, 1, 1};
static dy_ynode n316 = {DY_Y_SCALAR, {156, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n317 = {DY_Y_SCALAR, {156, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n318 = {DY_Y_SCALAR, {157, 5}, (char *)"intervals", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n319 = {DY_Y_SCALAR, {157, 17}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n320 = {DY_Y_SCALAR, {157, 22}, (char *)"created_at", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n321 = {DY_Y_SCALAR, {157, 34}, (char *)"max", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n322 = {DY_Y_SCALAR, {157, 39}, (char *)"60m", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n323 = {DY_Y_SCALAR, {157, 44}, (char *)"warn", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n324 = {DY_Y_SCALAR, {157, 50}, (char *)"30m", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k325[] = {&n319, &n321, &n323};
static dy_ynode *v325[] = {&n320, &n322, &n324};
static dy_ynode n325 = {DY_Y_MAP, {157, 16}, NULL, 0, 0, k325, v325, 3, 3};
static dy_ynode n326 = {DY_Y_SCALAR, {158, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n327 = {DY_Y_SCALAR, {158, 11}, (char *)"Communicate status updates every 30-60 minutes.", 47, 0, NULL, NULL, 0, 0};
static dy_ynode *k328[] = {&n309, &n311, &n313, &n316, &n318, &n326};
static dy_ynode *v328[] = {&n310, &n312, &n315, &n317, &n325, &n327};
static dy_ynode n328 = {DY_Y_MAP, {153, 5}, NULL, 0, 0, k328, v328, 6, 6};
static dy_ynode n329 = {DY_Y_SCALAR, {160, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n330 = {DY_Y_SCALAR, {160, 9}, (char *)"incident-update-due", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n331 = {DY_Y_SCALAR, {161, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n332 = {DY_Y_SCALAR, {161, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n333 = {DY_Y_SCALAR, {162, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n334 = {DY_Y_SCALAR, {162, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v335[] = {&n334};
static dy_ynode n335 = {DY_Y_SEQ, {162, 15}, NULL, 0, 0, NULL, v335, 1, 1};
static dy_ynode n336 = {DY_Y_SCALAR, {163, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n337 = {DY_Y_SCALAR, {163, 12}, (char *)"not", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n338 = {DY_Y_SCALAR, {163, 18}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n339 = {DY_Y_SCALAR, {163, 24}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n340 = {DY_Y_SCALAR, {163, 41}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n341 = {DY_Y_SCALAR, {163, 49}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *k342[] = {&n338, &n340};
static dy_ynode *v342[] = {&n339, &n341};
static dy_ynode n342 = {DY_Y_MAP, {163, 17}, NULL, 0, 0, k342, v342, 2, 2};
static dy_ynode *k343[] = {&n337};
static dy_ynode *v343[] = {&n342};
static dy_ynode n343 = {DY_Y_MAP, {163, 11}, NULL, 0, 0, k343, v343, 1, 1};
static dy_ynode n344 = {DY_Y_SCALAR, {164, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n345 = {DY_Y_SCALAR, {164, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n346 = {DY_Y_SCALAR, {165, 5}, (char *)"intervals", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n347 = {DY_Y_SCALAR, {165, 17}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n348 = {DY_Y_SCALAR, {165, 22}, (char *)"created_at", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n349 = {DY_Y_SCALAR, {165, 34}, (char *)"max", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n350 = {DY_Y_SCALAR, {165, 39}, (char *)"60m", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n351 = {DY_Y_SCALAR, {165, 44}, (char *)"warn", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n352 = {DY_Y_SCALAR, {165, 50}, (char *)"30m", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n353 = {DY_Y_SCALAR, {165, 55}, (char *)"gaps", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n354 = {DY_Y_SCALAR, {165, 61}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n355 = {DY_Y_SCALAR, {165, 68}, (char *)"to_now", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n356 = {DY_Y_SCALAR, {165, 76}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k357[] = {&n347, &n349, &n351, &n353, &n355};
static dy_ynode *v357[] = {&n348, &n350, &n352, &n354, &n356};
static dy_ynode n357 = {DY_Y_MAP, {165, 16}, NULL, 0, 0, k357, v357, 5, 5};
static dy_ynode n358 = {DY_Y_SCALAR, {166, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n359 = {DY_Y_SCALAR, {166, 11}, (char *)"Post a status update now: every 30-60 minutes until resolved.", 61, 0, NULL, NULL, 0, 0};
static dy_ynode *k360[] = {&n329, &n331, &n333, &n336, &n344, &n346, &n358};
static dy_ynode *v360[] = {&n330, &n332, &n335, &n343, &n345, &n357, &n359};
static dy_ynode n360 = {DY_Y_MAP, {160, 5}, NULL, 0, 0, k360, v360, 7, 7};
static dy_ynode n361 = {DY_Y_SCALAR, {168, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n362 = {DY_Y_SCALAR, {168, 9}, (char *)"incident-resolved-through-identified", 36, 1, NULL, NULL, 0, 0};
static dy_ynode n363 = {DY_Y_SCALAR, {169, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n364 = {DY_Y_SCALAR, {169, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n365 = {DY_Y_SCALAR, {170, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n366 = {DY_Y_SCALAR, {170, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v367[] = {&n366};
static dy_ynode n367 = {DY_Y_SEQ, {170, 15}, NULL, 0, 0, NULL, v367, 1, 1};
static dy_ynode n368 = {DY_Y_SCALAR, {171, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n369 = {DY_Y_SCALAR, {171, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n370 = {DY_Y_SCALAR, {171, 19}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n371 = {DY_Y_SCALAR, {171, 25}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n372 = {DY_Y_SCALAR, {171, 42}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n373 = {DY_Y_SCALAR, {171, 50}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *k374[] = {&n370, &n372};
static dy_ynode *v374[] = {&n371, &n373};
static dy_ynode n374 = {DY_Y_MAP, {171, 18}, NULL, 0, 0, k374, v374, 2, 2};
static dy_ynode n375 = {DY_Y_SCALAR, {171, 62}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n376 = {DY_Y_SCALAR, {171, 68}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n377 = {DY_Y_SCALAR, {171, 83}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n378 = {DY_Y_SCALAR, {171, 91}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *k379[] = {&n375, &n377};
static dy_ynode *v379[] = {&n376, &n378};
static dy_ynode n379 = {DY_Y_MAP, {171, 61}, NULL, 0, 0, k379, v379, 2, 2};
static dy_ynode *v380[] = {&n374, &n379};
static dy_ynode n380 = {DY_Y_SEQ, {171, 17}, NULL, 0, 0, NULL, v380, 2, 2};
static dy_ynode *k381[] = {&n369};
static dy_ynode *v381[] = {&n380};
static dy_ynode n381 = {DY_Y_MAP, {171, 11}, NULL, 0, 0, k381, v381, 1, 1};
static dy_ynode n382 = {DY_Y_SCALAR, {172, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n383 = {DY_Y_SCALAR, {172, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n384 = {DY_Y_SCALAR, {173, 5}, (char *)"sequence", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n385 = {DY_Y_SCALAR, {173, 16}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n386 = {DY_Y_SCALAR, {173, 21}, (char *)"status", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n387 = {DY_Y_SCALAR, {173, 29}, (char *)"includes", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n388 = {DY_Y_SCALAR, {173, 40}, (char *)"identified", 10, 1, NULL, NULL, 0, 0};
static dy_ynode *v389[] = {&n388};
static dy_ynode n389 = {DY_Y_SEQ, {173, 39}, NULL, 0, 0, NULL, v389, 1, 1};
static dy_ynode *k390[] = {&n385, &n387};
static dy_ynode *v390[] = {&n386, &n389};
static dy_ynode n390 = {DY_Y_MAP, {173, 15}, NULL, 0, 0, k390, v390, 2, 2};
static dy_ynode n391 = {DY_Y_SCALAR, {174, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n392 = {DY_Y_SCALAR, {174, 11}, (char *)"A resolved incident was identified first: record the identified update.", 71, 0, NULL, NULL, 0, 0};
static dy_ynode *k393[] = {&n361, &n363, &n365, &n368, &n382, &n384, &n391};
static dy_ynode *v393[] = {&n362, &n364, &n367, &n381, &n383, &n390, &n392};
static dy_ynode n393 = {DY_Y_MAP, {168, 5}, NULL, 0, 0, k393, v393, 7, 7};
static dy_ynode n394 = {DY_Y_SCALAR, {176, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n395 = {DY_Y_SCALAR, {176, 9}, (char *)"incident-resolved-at", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n396 = {DY_Y_SCALAR, {177, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n397 = {DY_Y_SCALAR, {177, 10}, (char *)"incident.resolved_at", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n398 = {DY_Y_SCALAR, {178, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n399 = {DY_Y_SCALAR, {178, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v400[] = {&n399};
static dy_ynode n400 = {DY_Y_SEQ, {178, 15}, NULL, 0, 0, NULL, v400, 1, 1};
static dy_ynode n401 = {DY_Y_SCALAR, {179, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n402 = {DY_Y_SCALAR, {179, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n403 = {DY_Y_SCALAR, {179, 18}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n404 = {DY_Y_SCALAR, {179, 35}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n405 = {DY_Y_SCALAR, {179, 43}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *k406[] = {&n402, &n404};
static dy_ynode *v406[] = {&n403, &n405};
static dy_ynode n406 = {DY_Y_MAP, {179, 11}, NULL, 0, 0, k406, v406, 2, 2};
static dy_ynode n407 = {DY_Y_SCALAR, {180, 5}, (char *)"not_before", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n408 = {DY_Y_SCALAR, {180, 18}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n409 = {DY_Y_SCALAR, {180, 24}, (char *)"incident.created_at", 19, 1, NULL, NULL, 0, 0};
static dy_ynode *k410[] = {&n408};
static dy_ynode *v410[] = {&n409};
static dy_ynode n410 = {DY_Y_MAP, {180, 17}, NULL, 0, 0, k410, v410, 1, 1};
static dy_ynode n411 = {DY_Y_SCALAR, {181, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n412 = {DY_Y_SCALAR, {181, 11}, (char *)"Record when the incident was resolved.", 38, 0, NULL, NULL, 0, 0};
static dy_ynode *k413[] = {&n394, &n396, &n398, &n401, &n407, &n411};
static dy_ynode *v413[] = {&n395, &n397, &n400, &n406, &n410, &n412};
static dy_ynode n413 = {DY_Y_MAP, {176, 5}, NULL, 0, 0, k413, v413, 6, 6};
static dy_ynode n414 = {DY_Y_SCALAR, {183, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n415 = {DY_Y_SCALAR, {183, 9}, (char *)"incident-recovery-verified", 26, 1, NULL, NULL, 0, 0};
static dy_ynode n416 = {DY_Y_SCALAR, {184, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n417 = {DY_Y_SCALAR, {184, 10}, (char *)"incident.recovery.verified", 26, 1, NULL, NULL, 0, 0};
static dy_ynode n418 = {DY_Y_SCALAR, {185, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n419 = {DY_Y_SCALAR, {185, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v420[] = {&n419};
static dy_ynode n420 = {DY_Y_SEQ, {185, 15}, NULL, 0, 0, NULL, v420, 1, 1};
static dy_ynode n421 = {DY_Y_SCALAR, {186, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n422 = {DY_Y_SCALAR, {186, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n423 = {DY_Y_SCALAR, {186, 18}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n424 = {DY_Y_SCALAR, {186, 35}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n425 = {DY_Y_SCALAR, {186, 43}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *k426[] = {&n422, &n424};
static dy_ynode *v426[] = {&n423, &n425};
static dy_ynode n426 = {DY_Y_MAP, {186, 11}, NULL, 0, 0, k426, v426, 2, 2};
static dy_ynode n427 = {DY_Y_SCALAR, {187, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n428 = {DY_Y_SCALAR, {187, 9}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n429 = {DY_Y_SCALAR, {188, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n430 = {DY_Y_SCALAR, {188, 11}, (char *)"Resolve only after the recovery metrics are verified.", 53, 0, NULL, NULL, 0, 0};
static dy_ynode *k431[] = {&n414, &n416, &n418, &n421, &n427, &n429};
static dy_ynode *v431[] = {&n415, &n417, &n420, &n426, &n428, &n430};
static dy_ynode n431 = {DY_Y_MAP, {183, 5}, NULL, 0, 0, k431, v431, 6, 6};
static dy_ynode n432 = {DY_Y_SCALAR, {190, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n433 = {DY_Y_SCALAR, {190, 9}, (char *)"incident-report-due", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n434 = {DY_Y_SCALAR, {191, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n435 = {DY_Y_SCALAR, {191, 10}, (char *)"incident.report.published_at", 28, 1, NULL, NULL, 0, 0};
static dy_ynode n436 = {DY_Y_SCALAR, {192, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n437 = {DY_Y_SCALAR, {192, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v438[] = {&n437};
static dy_ynode n438 = {DY_Y_SEQ, {192, 15}, NULL, 0, 0, NULL, v438, 1, 1};
static dy_ynode n439 = {DY_Y_SCALAR, {193, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n440 = {DY_Y_SCALAR, {193, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n441 = {DY_Y_SCALAR, {193, 18}, (char *)"incident.status", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n442 = {DY_Y_SCALAR, {193, 35}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n443 = {DY_Y_SCALAR, {193, 43}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *k444[] = {&n440, &n442};
static dy_ynode *v444[] = {&n441, &n443};
static dy_ynode n444 = {DY_Y_MAP, {193, 11}, NULL, 0, 0, k444, v444, 2, 2};
static dy_ynode n445 = {DY_Y_SCALAR, {194, 5}, (char *)"deadline", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n446 = {DY_Y_SCALAR, {194, 16}, (char *)"after", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n447 = {DY_Y_SCALAR, {194, 23}, (char *)"incident.resolved_at", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n448 = {DY_Y_SCALAR, {194, 45}, (char *)"within", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n449 = {DY_Y_SCALAR, {194, 53}, (char *)"48h", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n450 = {DY_Y_SCALAR, {194, 58}, (char *)"warn", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n451 = {DY_Y_SCALAR, {194, 64}, (char *)"12h", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k452[] = {&n446, &n448, &n450};
static dy_ynode *v452[] = {&n447, &n449, &n451};
static dy_ynode n452 = {DY_Y_MAP, {194, 15}, NULL, 0, 0, k452, v452, 3, 3};
static dy_ynode n453 = {DY_Y_SCALAR, {195, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n454 = {DY_Y_SCALAR, {195, 11}, (char *)"Write the post-incident report within 48 hours of resolution.", 61, 0, NULL, NULL, 0, 0};
static dy_ynode *k455[] = {&n432, &n434, &n436, &n439, &n445, &n453};
static dy_ynode *v455[] = {&n433, &n435, &n438, &n444, &n452, &n454};
static dy_ynode n455 = {DY_Y_MAP, {190, 5}, NULL, 0, 0, k455, v455, 6, 6};
static dy_ynode n456 = {DY_Y_SCALAR, {197, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n457 = {DY_Y_SCALAR, {197, 9}, (char *)"incident-report-path", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n458 = {DY_Y_SCALAR, {198, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n459 = {DY_Y_SCALAR, {198, 10}, (char *)"incident.report.path", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n460 = {DY_Y_SCALAR, {199, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n461 = {DY_Y_SCALAR, {199, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v462[] = {&n461};
static dy_ynode n462 = {DY_Y_SEQ, {199, 15}, NULL, 0, 0, NULL, v462, 1, 1};
static dy_ynode n463 = {DY_Y_SCALAR, {200, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n464 = {DY_Y_SCALAR, {200, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n465 = {DY_Y_SCALAR, {200, 18}, (char *)"incident.report.published_at", 28, 1, NULL, NULL, 0, 0};
static dy_ynode n466 = {DY_Y_SCALAR, {200, 48}, (char *)"set", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n467 = {DY_Y_SCALAR, {200, 53}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k468[] = {&n464, &n466};
static dy_ynode *v468[] = {&n465, &n467};
static dy_ynode n468 = {DY_Y_MAP, {200, 11}, NULL, 0, 0, k468, v468, 2, 2};
static dy_ynode n469 = {DY_Y_SCALAR, {201, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n470 = {DY_Y_SCALAR, {201, 15}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n471 = {DY_Y_SCALAR, {202, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n472 = {DY_Y_SCALAR, {202, 11}, (char *)"Say where the published report is.", 34, 0, NULL, NULL, 0, 0};
static dy_ynode *k473[] = {&n456, &n458, &n460, &n463, &n469, &n471};
static dy_ynode *v473[] = {&n457, &n459, &n462, &n468, &n470, &n472};
static dy_ynode n473 = {DY_Y_MAP, {197, 5}, NULL, 0, 0, k473, v473, 6, 6};
static dy_ynode n474 = {DY_Y_SCALAR, {204, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n475 = {DY_Y_SCALAR, {204, 9}, (char *)"drill-recent", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n476 = {DY_Y_SCALAR, {205, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n477 = {DY_Y_SCALAR, {205, 10}, (char *)"incident.created_at", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n478 = {DY_Y_SCALAR, {206, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n479 = {DY_Y_SCALAR, {206, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v480[] = {&n479};
static dy_ynode n480 = {DY_Y_SEQ, {206, 15}, NULL, 0, 0, NULL, v480, 1, 1};
static dy_ynode n481 = {DY_Y_SCALAR, {207, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n482 = {DY_Y_SCALAR, {207, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n483 = {DY_Y_SCALAR, {207, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n484 = {DY_Y_SCALAR, {207, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n485 = {DY_Y_SCALAR, {207, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k486[] = {&n482, &n484};
static dy_ynode *v486[] = {&n483, &n485};
static dy_ynode n486 = {DY_Y_MAP, {207, 11}, NULL, 0, 0, k486, v486, 2, 2};
static dy_ynode n487 = {DY_Y_SCALAR, {208, 5}, (char *)"max_age", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n488 = {DY_Y_SCALAR, {208, 14}, (char *)"31d", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n489 = {DY_Y_SCALAR, {209, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n490 = {DY_Y_SCALAR, {209, 11}, (char *)"Run the mock incident drill monthly.", 36, 0, NULL, NULL, 0, 0};
static dy_ynode *k491[] = {&n474, &n476, &n478, &n481, &n487, &n489};
static dy_ynode *v491[] = {&n475, &n477, &n480, &n486, &n488, &n490};
static dy_ynode n491 = {DY_Y_MAP, {204, 5}, NULL, 0, 0, k491, v491, 6, 6};
static dy_ynode n492 = {DY_Y_SCALAR, {211, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n493 = {DY_Y_SCALAR, {211, 9}, (char *)"drill-visits-every-status", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n494 = {DY_Y_SCALAR, {212, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n495 = {DY_Y_SCALAR, {212, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n496 = {DY_Y_SCALAR, {213, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n497 = {DY_Y_SCALAR, {213, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v498[] = {&n497};
static dy_ynode n498 = {DY_Y_SEQ, {213, 15}, NULL, 0, 0, NULL, v498, 1, 1};
static dy_ynode n499 = {DY_Y_SCALAR, {214, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n500 = {DY_Y_SCALAR, {214, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n501 = {DY_Y_SCALAR, {214, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n502 = {DY_Y_SCALAR, {214, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n503 = {DY_Y_SCALAR, {214, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k504[] = {&n500, &n502};
static dy_ynode *v504[] = {&n501, &n503};
static dy_ynode n504 = {DY_Y_MAP, {214, 11}, NULL, 0, 0, k504, v504, 2, 2};
static dy_ynode n505 = {DY_Y_SCALAR, {215, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n506 = {DY_Y_SCALAR, {215, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n507 = {DY_Y_SCALAR, {216, 5}, (char *)"sequence", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n508 = {DY_Y_SCALAR, {216, 16}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n509 = {DY_Y_SCALAR, {216, 21}, (char *)"status", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n510 = {DY_Y_SCALAR, {216, 29}, (char *)"includes", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n511 = {DY_Y_SCALAR, {216, 40}, (char *)"investigating", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n512 = {DY_Y_SCALAR, {216, 55}, (char *)"identified", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n513 = {DY_Y_SCALAR, {216, 67}, (char *)"monitoring", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n514 = {DY_Y_SCALAR, {216, 79}, (char *)"resolved", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v515[] = {&n511, &n512, &n513, &n514};
static dy_ynode n515 = {DY_Y_SEQ, {216, 39}, NULL, 0, 0, NULL, v515, 4, 4};
static dy_ynode *k516[] = {&n508, &n510};
static dy_ynode *v516[] = {&n509, &n515};
static dy_ynode n516 = {DY_Y_MAP, {216, 15}, NULL, 0, 0, k516, v516, 2, 2};
static dy_ynode n517 = {DY_Y_SCALAR, {217, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n518 = {DY_Y_SCALAR, {217, 11}, (char *)"A drill goes through all four statuses of the playbook, in order.", 65, 0, NULL, NULL, 0, 0};
static dy_ynode *k519[] = {&n492, &n494, &n496, &n499, &n505, &n507, &n517};
static dy_ynode *v519[] = {&n493, &n495, &n498, &n504, &n506, &n516, &n518};
static dy_ynode n519 = {DY_Y_MAP, {211, 5}, NULL, 0, 0, k519, v519, 7, 7};
static dy_ynode n520 = {DY_Y_SCALAR, {219, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n521 = {DY_Y_SCALAR, {219, 9}, (char *)"drill-alerted", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n522 = {DY_Y_SCALAR, {220, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n523 = {DY_Y_SCALAR, {220, 10}, (char *)"incident.alerted_at", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n524 = {DY_Y_SCALAR, {221, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n525 = {DY_Y_SCALAR, {221, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v526[] = {&n525};
static dy_ynode n526 = {DY_Y_SEQ, {221, 15}, NULL, 0, 0, NULL, v526, 1, 1};
static dy_ynode n527 = {DY_Y_SCALAR, {222, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n528 = {DY_Y_SCALAR, {222, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n529 = {DY_Y_SCALAR, {222, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n530 = {DY_Y_SCALAR, {222, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n531 = {DY_Y_SCALAR, {222, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k532[] = {&n528, &n530};
static dy_ynode *v532[] = {&n529, &n531};
static dy_ynode n532 = {DY_Y_MAP, {222, 11}, NULL, 0, 0, k532, v532, 2, 2};
static dy_ynode n533 = {DY_Y_SCALAR, {223, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n534 = {DY_Y_SCALAR, {223, 13}, (char *)"timestamp", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n535 = {DY_Y_SCALAR, {224, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n536 = {DY_Y_SCALAR, {224, 11}, (char *)"Verify alerting detects elevated error rates: record when it alerted.", 69, 0, NULL, NULL, 0, 0};
static dy_ynode *k537[] = {&n520, &n522, &n524, &n527, &n533, &n535};
static dy_ynode *v537[] = {&n521, &n523, &n526, &n532, &n534, &n536};
static dy_ynode n537 = {DY_Y_MAP, {219, 5}, NULL, 0, 0, k537, v537, 6, 6};
static dy_ynode n538 = {DY_Y_SCALAR, {226, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n539 = {DY_Y_SCALAR, {226, 9}, (char *)"drill-alert-before-identified", 29, 1, NULL, NULL, 0, 0};
static dy_ynode n540 = {DY_Y_SCALAR, {227, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n541 = {DY_Y_SCALAR, {227, 10}, (char *)"incident.updates", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n542 = {DY_Y_SCALAR, {228, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n543 = {DY_Y_SCALAR, {228, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v544[] = {&n543};
static dy_ynode n544 = {DY_Y_SEQ, {228, 15}, NULL, 0, 0, NULL, v544, 1, 1};
static dy_ynode n545 = {DY_Y_SCALAR, {229, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n546 = {DY_Y_SCALAR, {229, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n547 = {DY_Y_SCALAR, {229, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n548 = {DY_Y_SCALAR, {229, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n549 = {DY_Y_SCALAR, {229, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k550[] = {&n546, &n548};
static dy_ynode *v550[] = {&n547, &n549};
static dy_ynode n550 = {DY_Y_MAP, {229, 11}, NULL, 0, 0, k550, v550, 2, 2};
static dy_ynode n551 = {DY_Y_SCALAR, {230, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n552 = {DY_Y_SCALAR, {230, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n553 = {DY_Y_SCALAR, {231, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n554 = {DY_Y_SCALAR, {231, 12}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n555 = {DY_Y_SCALAR, {231, 19}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n556 = {DY_Y_SCALAR, {231, 25}, (char *)"status", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n557 = {DY_Y_SCALAR, {231, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n558 = {DY_Y_SCALAR, {231, 41}, (char *)"identified", 10, 1, NULL, NULL, 0, 0};
static dy_ynode *k559[] = {&n555, &n557};
static dy_ynode *v559[] = {&n556, &n558};
static dy_ynode n559 = {DY_Y_MAP, {231, 18}, NULL, 0, 0, k559, v559, 2, 2};
static dy_ynode n560 = {DY_Y_SCALAR, {231, 54}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n561 = {DY_Y_SCALAR, {231, 59}, (char *)"created_at", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n562 = {DY_Y_SCALAR, {231, 71}, (char *)"not_before", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n563 = {DY_Y_SCALAR, {231, 84}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n564 = {DY_Y_SCALAR, {231, 90}, (char *)"incident.alerted_at", 19, 1, NULL, NULL, 0, 0};
static dy_ynode *k565[] = {&n563};
static dy_ynode *v565[] = {&n564};
static dy_ynode n565 = {DY_Y_MAP, {231, 83}, NULL, 0, 0, k565, v565, 1, 1};
static dy_ynode *k566[] = {&n554, &n560, &n562};
static dy_ynode *v566[] = {&n559, &n561, &n565};
static dy_ynode n566 = {DY_Y_MAP, {231, 11}, NULL, 0, 0, k566, v566, 3, 3};
static dy_ynode n567 = {DY_Y_SCALAR, {232, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n568 = {DY_Y_SCALAR, {232, 11}, (char *)"The alert comes before the cause is identified.", 47, 0, NULL, NULL, 0, 0};
static dy_ynode *k569[] = {&n538, &n540, &n542, &n545, &n551, &n553, &n567};
static dy_ynode *v569[] = {&n539, &n541, &n544, &n550, &n552, &n566, &n568};
static dy_ynode n569 = {DY_Y_MAP, {226, 5}, NULL, 0, 0, k569, v569, 7, 7};
static dy_ynode n570 = {DY_Y_SCALAR, {234, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n571 = {DY_Y_SCALAR, {234, 9}, (char *)"drill-timeline", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n572 = {DY_Y_SCALAR, {235, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n573 = {DY_Y_SCALAR, {235, 10}, (char *)"incident.timeline", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n574 = {DY_Y_SCALAR, {236, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n575 = {DY_Y_SCALAR, {236, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v576[] = {&n575};
static dy_ynode n576 = {DY_Y_SEQ, {236, 15}, NULL, 0, 0, NULL, v576, 1, 1};
static dy_ynode n577 = {DY_Y_SCALAR, {237, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n578 = {DY_Y_SCALAR, {237, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n579 = {DY_Y_SCALAR, {237, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n580 = {DY_Y_SCALAR, {237, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n581 = {DY_Y_SCALAR, {237, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k582[] = {&n578, &n580};
static dy_ynode *v582[] = {&n579, &n581};
static dy_ynode n582 = {DY_Y_MAP, {237, 11}, NULL, 0, 0, k582, v582, 2, 2};
static dy_ynode n583 = {DY_Y_SCALAR, {238, 5}, (char *)"min_items", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n584 = {DY_Y_SCALAR, {238, 16}, (char *)"1", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n585 = {DY_Y_SCALAR, {239, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n586 = {DY_Y_SCALAR, {239, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n587 = {DY_Y_SCALAR, {239, 17}, (char *)"at", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n588 = {DY_Y_SCALAR, {239, 21}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n589 = {DY_Y_SCALAR, {239, 29}, (char *)"timestamp", 9, 1, NULL, NULL, 0, 0};
static dy_ynode *k590[] = {&n586, &n588};
static dy_ynode *v590[] = {&n587, &n589};
static dy_ynode n590 = {DY_Y_MAP, {239, 11}, NULL, 0, 0, k590, v590, 2, 2};
static dy_ynode n591 = {DY_Y_SCALAR, {240, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n592 = {DY_Y_SCALAR, {240, 11}, (char *)"Document the drill's timeline: each entry with its time.", 56, 0, NULL, NULL, 0, 0};
static dy_ynode *k593[] = {&n570, &n572, &n574, &n577, &n583, &n585, &n591};
static dy_ynode *v593[] = {&n571, &n573, &n576, &n582, &n584, &n590, &n592};
static dy_ynode n593 = {DY_Y_MAP, {234, 5}, NULL, 0, 0, k593, v593, 7, 7};
static dy_ynode n594 = {DY_Y_SCALAR, {242, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n595 = {DY_Y_SCALAR, {242, 9}, (char *)"drill-timeline-events", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n596 = {DY_Y_SCALAR, {243, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n597 = {DY_Y_SCALAR, {243, 10}, (char *)"incident.timeline", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n598 = {DY_Y_SCALAR, {244, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n599 = {DY_Y_SCALAR, {244, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v600[] = {&n599};
static dy_ynode n600 = {DY_Y_SEQ, {244, 15}, NULL, 0, 0, NULL, v600, 1, 1};
static dy_ynode n601 = {DY_Y_SCALAR, {245, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n602 = {DY_Y_SCALAR, {245, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n603 = {DY_Y_SCALAR, {245, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n604 = {DY_Y_SCALAR, {245, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n605 = {DY_Y_SCALAR, {245, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k606[] = {&n602, &n604};
static dy_ynode *v606[] = {&n603, &n605};
static dy_ynode n606 = {DY_Y_MAP, {245, 11}, NULL, 0, 0, k606, v606, 2, 2};
static dy_ynode n607 = {DY_Y_SCALAR, {246, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n608 = {DY_Y_SCALAR, {246, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n609 = {DY_Y_SCALAR, {247, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n610 = {DY_Y_SCALAR, {247, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n611 = {DY_Y_SCALAR, {247, 17}, (char *)"event", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n612 = {DY_Y_SCALAR, {247, 24}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n613 = {DY_Y_SCALAR, {247, 38}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k614[] = {&n610, &n612};
static dy_ynode *v614[] = {&n611, &n613};
static dy_ynode n614 = {DY_Y_MAP, {247, 11}, NULL, 0, 0, k614, v614, 2, 2};
static dy_ynode n615 = {DY_Y_SCALAR, {248, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n616 = {DY_Y_SCALAR, {248, 11}, (char *)"Document what happened at each time.", 36, 0, NULL, NULL, 0, 0};
static dy_ynode *k617[] = {&n594, &n596, &n598, &n601, &n607, &n609, &n615};
static dy_ynode *v617[] = {&n595, &n597, &n600, &n606, &n608, &n614, &n616};
static dy_ynode n617 = {DY_Y_MAP, {242, 5}, NULL, 0, 0, k617, v617, 7, 7};
static dy_ynode n618 = {DY_Y_SCALAR, {250, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n619 = {DY_Y_SCALAR, {250, 9}, (char *)"drill-lessons-learned", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n620 = {DY_Y_SCALAR, {251, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n621 = {DY_Y_SCALAR, {251, 10}, (char *)"incident.lessons_learned", 24, 1, NULL, NULL, 0, 0};
static dy_ynode n622 = {DY_Y_SCALAR, {252, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n623 = {DY_Y_SCALAR, {252, 16}, (char *)"incident", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *v624[] = {&n623};
static dy_ynode n624 = {DY_Y_SEQ, {252, 15}, NULL, 0, 0, NULL, v624, 1, 1};
static dy_ynode n625 = {DY_Y_SCALAR, {253, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n626 = {DY_Y_SCALAR, {253, 12}, (char *)"fact", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n627 = {DY_Y_SCALAR, {253, 18}, (char *)"incident.kind", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n628 = {DY_Y_SCALAR, {253, 33}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n629 = {DY_Y_SCALAR, {253, 41}, (char *)"drill", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k630[] = {&n626, &n628};
static dy_ynode *v630[] = {&n627, &n629};
static dy_ynode n630 = {DY_Y_MAP, {253, 11}, NULL, 0, 0, k630, v630, 2, 2};
static dy_ynode n631 = {DY_Y_SCALAR, {254, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n632 = {DY_Y_SCALAR, {254, 15}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n633 = {DY_Y_SCALAR, {255, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n634 = {DY_Y_SCALAR, {255, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n635 = {DY_Y_SCALAR, {256, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n636 = {DY_Y_SCALAR, {256, 11}, (char *)"Document the lessons learned.", 29, 0, NULL, NULL, 0, 0};
static dy_ynode *k637[] = {&n618, &n620, &n622, &n625, &n631, &n633, &n635};
static dy_ynode *v637[] = {&n619, &n621, &n624, &n630, &n632, &n634, &n636};
static dy_ynode n637 = {DY_Y_MAP, {250, 5}, NULL, 0, 0, k637, v637, 7, 7};
static dy_ynode *v638[] = {&n96, &n109, &n122, &n135, &n148, &n161, &n175, &n192, &n208, &n227, &n245, &n265, &n286, &n308, &n328, &n360, &n393, &n413, &n431, &n455, &n473, &n491, &n519, &n537, &n569, &n593, &n617, &n637};
static dy_ynode n638 = {DY_Y_SEQ, {60, 3}, NULL, 0, 0, NULL, v638, 28, 28};
static dy_ynode n639 = {DY_Y_SCALAR, {261, 1}, (char *)"secrets", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n640 = {DY_Y_SCALAR, {262, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n641 = {DY_Y_SCALAR, {262, 10}, (char *)"SECRET_KEY", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n642 = {DY_Y_SCALAR, {263, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n643 = {DY_Y_SCALAR, {263, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n644 = {DY_Y_SCALAR, {264, 5}, (char *)"min_entropy", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n645 = {DY_Y_SCALAR, {264, 18}, (char *)"96", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n646 = {DY_Y_SCALAR, {265, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n647 = {DY_Y_SCALAR, {265, 11}, (char *)"Generate one with: openssl rand -base64 48", 42, 0, NULL, NULL, 0, 0};
static dy_ynode *k648[] = {&n640, &n642, &n644, &n646};
static dy_ynode *v648[] = {&n641, &n643, &n645, &n647};
static dy_ynode n648 = {DY_Y_MAP, {262, 5}, NULL, 0, 0, k648, v648, 4, 4};
static dy_ynode n649 = {DY_Y_SCALAR, {267, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n650 = {DY_Y_SCALAR, {267, 10}, (char *)"DATABASE_URL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n651 = {DY_Y_SCALAR, {268, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n652 = {DY_Y_SCALAR, {268, 13}, (char *)"database_url", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n653 = {DY_Y_SCALAR, {269, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n654 = {DY_Y_SCALAR, {269, 11}, (char *)"e.g. postgresql://user@db.internal:5432/app", 43, 0, NULL, NULL, 0, 0};
static dy_ynode *k655[] = {&n649, &n651, &n653};
static dy_ynode *v655[] = {&n650, &n652, &n654};
static dy_ynode n655 = {DY_Y_MAP, {267, 5}, NULL, 0, 0, k655, v655, 3, 3};
static dy_ynode n656 = {DY_Y_SCALAR, {271, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n657 = {DY_Y_SCALAR, {271, 10}, (char *)"INTEGRATION_ENCRYPTION_KEY", 26, 1, NULL, NULL, 0, 0};
static dy_ynode n658 = {DY_Y_SCALAR, {272, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n659 = {DY_Y_SCALAR, {272, 13}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n660 = {DY_Y_SCALAR, {273, 5}, (char *)"decoded_bytes", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n661 = {DY_Y_SCALAR, {273, 20}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n662 = {DY_Y_SCALAR, {274, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n663 = {DY_Y_SCALAR, {274, 11}, (char *)"32 random bytes, base64 or hex: openssl rand -base64 32", 55, 0, NULL, NULL, 0, 0};
static dy_ynode *k664[] = {&n656, &n658, &n660, &n662};
static dy_ynode *v664[] = {&n657, &n659, &n661, &n663};
static dy_ynode n664 = {DY_Y_MAP, {271, 5}, NULL, 0, 0, k664, v664, 4, 4};
static dy_ynode n665 = {DY_Y_SCALAR, {276, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n666 = {DY_Y_SCALAR, {276, 10}, (char *)"STRIPE_SECRET_KEY", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n667 = {DY_Y_SCALAR, {277, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n668 = {DY_Y_SCALAR, {277, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n669 = {DY_Y_SCALAR, {277, 18}, (char *)"billing", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *k670[] = {&n668};
static dy_ynode *v670[] = {&n669};
static dy_ynode n670 = {DY_Y_MAP, {277, 11}, NULL, 0, 0, k670, v670, 1, 1};
static dy_ynode n671 = {DY_Y_SCALAR, {278, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n672 = {DY_Y_SCALAR, {278, 13}, (char *)"stripe_secret_key", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n673 = {DY_Y_SCALAR, {279, 5}, (char *)"stripe_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n674 = {DY_Y_SCALAR, {279, 18}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n675 = {DY_Y_SCALAR, {280, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n676 = {DY_Y_SCALAR, {280, 11}, (char *)"From the Stripe dashboard: Developers > API keys.", 49, 0, NULL, NULL, 0, 0};
static dy_ynode *k677[] = {&n665, &n667, &n671, &n673, &n675};
static dy_ynode *v677[] = {&n666, &n670, &n672, &n674, &n676};
static dy_ynode n677 = {DY_Y_MAP, {276, 5}, NULL, 0, 0, k677, v677, 5, 5};
static dy_ynode n678 = {DY_Y_SCALAR, {282, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n679 = {DY_Y_SCALAR, {282, 10}, (char *)"STRIPE_WEBHOOK_SECRET", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n680 = {DY_Y_SCALAR, {283, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n681 = {DY_Y_SCALAR, {283, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n682 = {DY_Y_SCALAR, {283, 18}, (char *)"billing", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *k683[] = {&n681};
static dy_ynode *v683[] = {&n682};
static dy_ynode n683 = {DY_Y_MAP, {283, 11}, NULL, 0, 0, k683, v683, 1, 1};
static dy_ynode n684 = {DY_Y_SCALAR, {284, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n685 = {DY_Y_SCALAR, {284, 13}, (char *)"stripe_webhook_secret", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n686 = {DY_Y_SCALAR, {285, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n687 = {DY_Y_SCALAR, {285, 11}, (char *)"The whsec_... signing secret of the webhook endpoint.", 53, 0, NULL, NULL, 0, 0};
static dy_ynode *k688[] = {&n678, &n680, &n684, &n686};
static dy_ynode *v688[] = {&n679, &n683, &n685, &n687};
static dy_ynode n688 = {DY_Y_MAP, {282, 5}, NULL, 0, 0, k688, v688, 4, 4};
static dy_ynode n689 = {DY_Y_SCALAR, {287, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n690 = {DY_Y_SCALAR, {287, 10}, (char *)"ZERO_TRUST_API_KEY", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n691 = {DY_Y_SCALAR, {288, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n692 = {DY_Y_SCALAR, {288, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n693 = {DY_Y_SCALAR, {288, 18}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0};
static dy_ynode *k694[] = {&n692};
static dy_ynode *v694[] = {&n693};
static dy_ynode n694 = {DY_Y_MAP, {288, 11}, NULL, 0, 0, k694, v694, 1, 1};
static dy_ynode n695 = {DY_Y_SCALAR, {289, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n696 = {DY_Y_SCALAR, {289, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k697[] = {&n689, &n691, &n695};
static dy_ynode *v697[] = {&n690, &n694, &n696};
static dy_ynode n697 = {DY_Y_MAP, {287, 5}, NULL, 0, 0, k697, v697, 3, 3};
static dy_ynode n698 = {DY_Y_SCALAR, {293, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n699 = {DY_Y_SCALAR, {293, 10}, (char *)"SSO_CLIENT_ID", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n700 = {DY_Y_SCALAR, {294, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n701 = {DY_Y_SCALAR, {294, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n702 = {DY_Y_SCALAR, {294, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n703 = {DY_Y_SCALAR, {294, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k704[] = {&n702};
static dy_ynode *v704[] = {&n703};
static dy_ynode n704 = {DY_Y_MAP, {294, 18}, NULL, 0, 0, k704, v704, 1, 1};
static dy_ynode n705 = {DY_Y_SCALAR, {294, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n706 = {DY_Y_SCALAR, {294, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n707 = {DY_Y_SCALAR, {294, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n708 = {DY_Y_SCALAR, {294, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n709 = {DY_Y_SCALAR, {294, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k710[] = {&n706, &n708};
static dy_ynode *v710[] = {&n707, &n709};
static dy_ynode n710 = {DY_Y_MAP, {294, 38}, NULL, 0, 0, k710, v710, 2, 2};
static dy_ynode n711 = {DY_Y_SCALAR, {294, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n712 = {DY_Y_SCALAR, {294, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n713 = {DY_Y_SCALAR, {294, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n714 = {DY_Y_SCALAR, {294, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k715[] = {&n711, &n713};
static dy_ynode *v715[] = {&n712, &n714};
static dy_ynode n715 = {DY_Y_MAP, {294, 71}, NULL, 0, 0, k715, v715, 2, 2};
static dy_ynode *v716[] = {&n710, &n715};
static dy_ynode n716 = {DY_Y_SEQ, {294, 37}, NULL, 0, 0, NULL, v716, 2, 2};
static dy_ynode *k717[] = {&n705};
static dy_ynode *v717[] = {&n716};
static dy_ynode n717 = {DY_Y_MAP, {294, 31}, NULL, 0, 0, k717, v717, 1, 1};
static dy_ynode *v718[] = {&n704, &n717};
static dy_ynode n718 = {DY_Y_SEQ, {294, 17}, NULL, 0, 0, NULL, v718, 2, 2};
static dy_ynode *k719[] = {&n701};
static dy_ynode *v719[] = {&n718};
static dy_ynode n719 = {DY_Y_MAP, {294, 11}, NULL, 0, 0, k719, v719, 1, 1};
static dy_ynode *k720[] = {&n698, &n700};
static dy_ynode *v720[] = {&n699, &n719};
static dy_ynode n720 = {DY_Y_MAP, {293, 5}, NULL, 0, 0, k720, v720, 2, 2};
static dy_ynode n721 = {DY_Y_SCALAR, {296, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n722 = {DY_Y_SCALAR, {296, 10}, (char *)"SSO_CLIENT_SECRET", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n723 = {DY_Y_SCALAR, {297, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n724 = {DY_Y_SCALAR, {297, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n725 = {DY_Y_SCALAR, {297, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n726 = {DY_Y_SCALAR, {297, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k727[] = {&n725};
static dy_ynode *v727[] = {&n726};
static dy_ynode n727 = {DY_Y_MAP, {297, 18}, NULL, 0, 0, k727, v727, 1, 1};
static dy_ynode n728 = {DY_Y_SCALAR, {297, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n729 = {DY_Y_SCALAR, {297, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n730 = {DY_Y_SCALAR, {297, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n731 = {DY_Y_SCALAR, {297, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n732 = {DY_Y_SCALAR, {297, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k733[] = {&n729, &n731};
static dy_ynode *v733[] = {&n730, &n732};
static dy_ynode n733 = {DY_Y_MAP, {297, 38}, NULL, 0, 0, k733, v733, 2, 2};
static dy_ynode n734 = {DY_Y_SCALAR, {297, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n735 = {DY_Y_SCALAR, {297, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n736 = {DY_Y_SCALAR, {297, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n737 = {DY_Y_SCALAR, {297, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k738[] = {&n734, &n736};
static dy_ynode *v738[] = {&n735, &n737};
static dy_ynode n738 = {DY_Y_MAP, {297, 71}, NULL, 0, 0, k738, v738, 2, 2};
static dy_ynode *v739[] = {&n733, &n738};
static dy_ynode n739 = {DY_Y_SEQ, {297, 37}, NULL, 0, 0, NULL, v739, 2, 2};
static dy_ynode *k740[] = {&n728};
static dy_ynode *v740[] = {&n739};
static dy_ynode n740 = {DY_Y_MAP, {297, 31}, NULL, 0, 0, k740, v740, 1, 1};
static dy_ynode *v741[] = {&n727, &n740};
static dy_ynode n741 = {DY_Y_SEQ, {297, 17}, NULL, 0, 0, NULL, v741, 2, 2};
static dy_ynode *k742[] = {&n724};
static dy_ynode *v742[] = {&n741};
static dy_ynode n742 = {DY_Y_MAP, {297, 11}, NULL, 0, 0, k742, v742, 1, 1};
static dy_ynode n743 = {DY_Y_SCALAR, {298, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n744 = {DY_Y_SCALAR, {298, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k745[] = {&n721, &n723, &n743};
static dy_ynode *v745[] = {&n722, &n742, &n744};
static dy_ynode n745 = {DY_Y_MAP, {296, 5}, NULL, 0, 0, k745, v745, 3, 3};
static dy_ynode n746 = {DY_Y_SCALAR, {300, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n747 = {DY_Y_SCALAR, {300, 10}, (char *)"SSO_ISSUER_URL", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n748 = {DY_Y_SCALAR, {301, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n749 = {DY_Y_SCALAR, {301, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n750 = {DY_Y_SCALAR, {301, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n751 = {DY_Y_SCALAR, {301, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k752[] = {&n750};
static dy_ynode *v752[] = {&n751};
static dy_ynode n752 = {DY_Y_MAP, {301, 18}, NULL, 0, 0, k752, v752, 1, 1};
static dy_ynode n753 = {DY_Y_SCALAR, {301, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n754 = {DY_Y_SCALAR, {301, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n755 = {DY_Y_SCALAR, {301, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n756 = {DY_Y_SCALAR, {301, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n757 = {DY_Y_SCALAR, {301, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k758[] = {&n754, &n756};
static dy_ynode *v758[] = {&n755, &n757};
static dy_ynode n758 = {DY_Y_MAP, {301, 38}, NULL, 0, 0, k758, v758, 2, 2};
static dy_ynode n759 = {DY_Y_SCALAR, {301, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n760 = {DY_Y_SCALAR, {301, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n761 = {DY_Y_SCALAR, {301, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n762 = {DY_Y_SCALAR, {301, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k763[] = {&n759, &n761};
static dy_ynode *v763[] = {&n760, &n762};
static dy_ynode n763 = {DY_Y_MAP, {301, 71}, NULL, 0, 0, k763, v763, 2, 2};
static dy_ynode *v764[] = {&n758, &n763};
static dy_ynode n764 = {DY_Y_SEQ, {301, 37}, NULL, 0, 0, NULL, v764, 2, 2};
static dy_ynode *k765[] = {&n753};
static dy_ynode *v765[] = {&n764};
static dy_ynode n765 = {DY_Y_MAP, {301, 31}, NULL, 0, 0, k765, v765, 1, 1};
static dy_ynode *v766[] = {&n752, &n765};
static dy_ynode n766 = {DY_Y_SEQ, {301, 17}, NULL, 0, 0, NULL, v766, 2, 2};
static dy_ynode *k767[] = {&n749};
static dy_ynode *v767[] = {&n766};
static dy_ynode n767 = {DY_Y_MAP, {301, 11}, NULL, 0, 0, k767, v767, 1, 1};
static dy_ynode n768 = {DY_Y_SCALAR, {302, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n769 = {DY_Y_SCALAR, {302, 13}, (char *)"url", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n770 = {DY_Y_SCALAR, {303, 5}, (char *)"schemes", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n771 = {DY_Y_SCALAR, {303, 15}, (char *)"https", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v772[] = {&n771};
static dy_ynode n772 = {DY_Y_SEQ, {303, 14}, NULL, 0, 0, NULL, v772, 1, 1};
static dy_ynode n773 = {DY_Y_SCALAR, {304, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n774 = {DY_Y_SCALAR, {304, 11}, (char *)"The identity provider's issuer, e.g. https://login.example.com/", 63, 0, NULL, NULL, 0, 0};
static dy_ynode *k775[] = {&n746, &n748, &n768, &n770, &n773};
static dy_ynode *v775[] = {&n747, &n767, &n769, &n772, &n774};
static dy_ynode n775 = {DY_Y_MAP, {300, 5}, NULL, 0, 0, k775, v775, 5, 5};
static dy_ynode n776 = {DY_Y_SCALAR, {306, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n777 = {DY_Y_SCALAR, {306, 10}, (char *)"SSO_SAML_IDP_METADATA_URL", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n778 = {DY_Y_SCALAR, {307, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n779 = {DY_Y_SCALAR, {307, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n780 = {DY_Y_SCALAR, {307, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n781 = {DY_Y_SCALAR, {307, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k782[] = {&n780};
static dy_ynode *v782[] = {&n781};
static dy_ynode n782 = {DY_Y_MAP, {307, 18}, NULL, 0, 0, k782, v782, 1, 1};
static dy_ynode n783 = {DY_Y_SCALAR, {307, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n784 = {DY_Y_SCALAR, {307, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n785 = {DY_Y_SCALAR, {307, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n786 = {DY_Y_SCALAR, {307, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k787[] = {&n783, &n785};
static dy_ynode *v787[] = {&n784, &n786};
static dy_ynode n787 = {DY_Y_MAP, {307, 31}, NULL, 0, 0, k787, v787, 2, 2};
static dy_ynode *v788[] = {&n782, &n787};
static dy_ynode n788 = {DY_Y_SEQ, {307, 17}, NULL, 0, 0, NULL, v788, 2, 2};
static dy_ynode *k789[] = {&n779};
static dy_ynode *v789[] = {&n788};
static dy_ynode n789 = {DY_Y_MAP, {307, 11}, NULL, 0, 0, k789, v789, 1, 1};
static dy_ynode n790 = {DY_Y_SCALAR, {308, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n791 = {DY_Y_SCALAR, {308, 13}, (char *)"url", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n792 = {DY_Y_SCALAR, {309, 5}, (char *)"schemes", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n793 = {DY_Y_SCALAR, {309, 15}, (char *)"https", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v794[] = {&n793};
static dy_ynode n794 = {DY_Y_SEQ, {309, 14}, NULL, 0, 0, NULL, v794, 1, 1};
static dy_ynode n795 = {DY_Y_SCALAR, {310, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n796 = {DY_Y_SCALAR, {310, 11}, (char *)"The identity provider's SAML metadata URL, e.g. https://idp.example.com/"
    "saml/metadata", 85, 0, NULL, NULL, 0, 0};
static dy_ynode *k797[] = {&n776, &n778, &n790, &n792, &n795};
static dy_ynode *v797[] = {&n777, &n789, &n791, &n794, &n796};
static dy_ynode n797 = {DY_Y_MAP, {306, 5}, NULL, 0, 0, k797, v797, 5, 5};
static dy_ynode n798 = {DY_Y_SCALAR, {314, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n799 = {DY_Y_SCALAR, {314, 10}, (char *)"SSO_SAML_SP_PRIVATE_KEY", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n800 = {DY_Y_SCALAR, {315, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n801 = {DY_Y_SCALAR, {315, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n802 = {DY_Y_SCALAR, {315, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n803 = {DY_Y_SCALAR, {315, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k804[] = {&n802};
static dy_ynode *v804[] = {&n803};
static dy_ynode n804 = {DY_Y_MAP, {315, 18}, NULL, 0, 0, k804, v804, 1, 1};
static dy_ynode n805 = {DY_Y_SCALAR, {315, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n806 = {DY_Y_SCALAR, {315, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n807 = {DY_Y_SCALAR, {315, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n808 = {DY_Y_SCALAR, {315, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k809[] = {&n805, &n807};
static dy_ynode *v809[] = {&n806, &n808};
static dy_ynode n809 = {DY_Y_MAP, {315, 31}, NULL, 0, 0, k809, v809, 2, 2};
static dy_ynode *v810[] = {&n804, &n809};
static dy_ynode n810 = {DY_Y_SEQ, {315, 17}, NULL, 0, 0, NULL, v810, 2, 2};
static dy_ynode *k811[] = {&n801};
static dy_ynode *v811[] = {&n810};
static dy_ynode n811 = {DY_Y_MAP, {315, 11}, NULL, 0, 0, k811, v811, 1, 1};
static dy_ynode n812 = {DY_Y_SCALAR, {316, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n813 = {DY_Y_SCALAR, {316, 13}, (char *)"pem_private_key", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n814 = {DY_Y_SCALAR, {317, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n815 = {DY_Y_SCALAR, {317, 11}, (char *)"The service provider's unencrypted signing key, e.g. from: openssl genpk"
    "ey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out sp-key.pem (then SS"
    "O_SAML_SP_PRIVATE_KEY_FILE=sp-key.pem)", 182, 0, NULL, NULL, 0, 0};
static dy_ynode *k816[] = {&n798, &n800, &n812, &n814};
static dy_ynode *v816[] = {&n799, &n811, &n813, &n815};
static dy_ynode n816 = {DY_Y_MAP, {314, 5}, NULL, 0, 0, k816, v816, 4, 4};
static dy_ynode n817 = {DY_Y_SCALAR, {319, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n818 = {DY_Y_SCALAR, {319, 10}, (char *)"SSO_SAML_SP_CERTIFICATE", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n819 = {DY_Y_SCALAR, {320, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n820 = {DY_Y_SCALAR, {320, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n821 = {DY_Y_SCALAR, {320, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n822 = {DY_Y_SCALAR, {320, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k823[] = {&n821};
static dy_ynode *v823[] = {&n822};
static dy_ynode n823 = {DY_Y_MAP, {320, 18}, NULL, 0, 0, k823, v823, 1, 1};
static dy_ynode n824 = {DY_Y_SCALAR, {320, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n825 = {DY_Y_SCALAR, {320, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n826 = {DY_Y_SCALAR, {320, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n827 = {DY_Y_SCALAR, {320, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k828[] = {&n824, &n826};
static dy_ynode *v828[] = {&n825, &n827};
static dy_ynode n828 = {DY_Y_MAP, {320, 31}, NULL, 0, 0, k828, v828, 2, 2};
static dy_ynode *v829[] = {&n823, &n828};
static dy_ynode n829 = {DY_Y_SEQ, {320, 17}, NULL, 0, 0, NULL, v829, 2, 2};
static dy_ynode *k830[] = {&n820};
static dy_ynode *v830[] = {&n829};
static dy_ynode n830 = {DY_Y_MAP, {320, 11}, NULL, 0, 0, k830, v830, 1, 1};
static dy_ynode n831 = {DY_Y_SCALAR, {321, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n832 = {DY_Y_SCALAR, {321, 13}, (char *)"pem_certificate", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n833 = {DY_Y_SCALAR, {322, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n834 = {DY_Y_SCALAR, {322, 11}, (char *)"The certificate of that key, e.g. from: openssl req -new -x509 -key sp-k"
    "ey.pem -days 730 -subj /CN=sp.example.com -out sp-cert.pem", 130, 0, NULL, NULL, 0, 0};
static dy_ynode *k835[] = {&n817, &n819, &n831, &n833};
static dy_ynode *v835[] = {&n818, &n830, &n832, &n834};
static dy_ynode n835 = {DY_Y_MAP, {319, 5}, NULL, 0, 0, k835, v835, 4, 4};
static dy_ynode *v836[] = {&n648, &n655, &n664, &n677, &n688, &n697, &n720, &n745, &n775, &n797, &n816, &n835};
static dy_ynode n836 = {DY_Y_SEQ, {262, 3}, NULL, 0, 0, NULL, v836, 12, 12};
static dy_ynode n837 = {DY_Y_SCALAR, {325, 1}, (char *)"distinct", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n838 = {DY_Y_SCALAR, {326, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n839 = {DY_Y_SCALAR, {326, 9}, (char *)"secrets-distinct", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n840 = {DY_Y_SCALAR, {327, 5}, (char *)"keys", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n841 = {DY_Y_SCALAR, {327, 12}, (char *)"SECRET_KEY", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n842 = {DY_Y_SCALAR, {327, 24}, (char *)"INTEGRATION_ENCRYPTION_KEY", 26, 1, NULL, NULL, 0, 0};
static dy_ynode *v843[] = {&n841, &n842};
static dy_ynode n843 = {DY_Y_SEQ, {327, 11}, NULL, 0, 0, NULL, v843, 2, 2};
static dy_ynode *k844[] = {&n838, &n840};
static dy_ynode *v844[] = {&n839, &n843};
static dy_ynode n844 = {DY_Y_MAP, {326, 5}, NULL, 0, 0, k844, v844, 2, 2};
static dy_ynode *v845[] = {&n844};
static dy_ynode n845 = {DY_Y_SEQ, {326, 3}, NULL, 0, 0, NULL, v845, 1, 1};
static dy_ynode n846 = {DY_Y_SCALAR, {329, 1}, (char *)"waivers", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n847 = {DY_Y_SEQ, {329, 10}, NULL, 0, 0, NULL, NULL, 0, 0};
static dy_ynode n848 = {DY_Y_SCALAR, {333, 1}, (char *)"billing", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n849 = {DY_Y_SCALAR, {334, 3}, (char *)"enforcement", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n850 = {DY_Y_SCALAR, {334, 16}, (char *)"strict", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n851 = {DY_Y_SCALAR, {335, 3}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n852 = {DY_Y_SCALAR, {335, 8}, (char *)"BILLING_ENFORCEMENT", 19, 1, NULL, NULL, 0, 0};
static dy_ynode *k853[] = {&n849, &n851};
static dy_ynode *v853[] = {&n850, &n852};
static dy_ynode n853 = {DY_Y_MAP, {334, 3}, NULL, 0, 0, k853, v853, 2, 2};
static dy_ynode n854 = {DY_Y_SCALAR, {338, 1}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n855 = {DY_Y_SCALAR, {338, 12}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n856 = {DY_Y_SCALAR, {338, 21}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n857 = {DY_Y_SCALAR, {338, 32}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n858 = {DY_Y_SCALAR, {338, 37}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n859 = {DY_Y_SCALAR, {338, 49}, (char *)"support_view_as", 15, 1, NULL, NULL, 0, 0};
static dy_ynode *v860[] = {&n855, &n856, &n857, &n858, &n859};
static dy_ynode n860 = {DY_Y_SEQ, {338, 11}, NULL, 0, 0, NULL, v860, 5, 5};
static dy_ynode n861 = {DY_Y_SCALAR, {343, 1}, (char *)"plans", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n862 = {DY_Y_SCALAR, {344, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n863 = {DY_Y_SCALAR, {344, 11}, (char *)"free", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n864 = {DY_Y_SCALAR, {345, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n865 = {DY_Y_SCALAR, {346, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n866 = {DY_Y_SCALAR, {346, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n867 = {DY_Y_SCALAR, {346, 21}, (char *)"600", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n868 = {DY_Y_SCALAR, {346, 26}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n869 = {DY_Y_SCALAR, {346, 33}, (char *)"100", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n870 = {DY_Y_SCALAR, {346, 38}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n871 = {DY_Y_SCALAR, {346, 45}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k872[] = {&n866, &n868, &n870};
static dy_ynode *v872[] = {&n867, &n869, &n871};
static dy_ynode n872 = {DY_Y_MAP, {346, 15}, NULL, 0, 0, k872, v872, 3, 3};
static dy_ynode n873 = {DY_Y_SCALAR, {347, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n874 = {DY_Y_SCALAR, {347, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n875 = {DY_Y_SCALAR, {347, 18}, (char *)"120", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n876 = {DY_Y_SCALAR, {347, 23}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n877 = {DY_Y_SCALAR, {347, 30}, (char *)"20", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k878[] = {&n874, &n876};
static dy_ynode *v878[] = {&n875, &n877};
static dy_ynode n878 = {DY_Y_MAP, {347, 12}, NULL, 0, 0, k878, v878, 2, 2};
static dy_ynode *k879[] = {&n865, &n873};
static dy_ynode *v879[] = {&n872, &n878};
static dy_ynode n879 = {DY_Y_MAP, {346, 7}, NULL, 0, 0, k879, v879, 2, 2};
static dy_ynode n880 = {DY_Y_SCALAR, {348, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n881 = {DY_Y_SCALAR, {348, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n882 = {DY_Y_SCALAR, {348, 30}, (char *)"100000", 6, 1, NULL, NULL, 0, 0};
static dy_ynode *k883[] = {&n881};
static dy_ynode *v883[] = {&n882};
static dy_ynode n883 = {DY_Y_MAP, {348, 13}, NULL, 0, 0, k883, v883, 1, 1};
static dy_ynode n884 = {DY_Y_SCALAR, {349, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n885 = {DY_Y_SEQ, {349, 15}, NULL, 0, 0, NULL, NULL, 0, 0};
static dy_ynode *k886[] = {&n862, &n864, &n880, &n884};
static dy_ynode *v886[] = {&n863, &n879, &n883, &n885};
static dy_ynode n886 = {DY_Y_MAP, {344, 5}, NULL, 0, 0, k886, v886, 4, 4};
static dy_ynode n887 = {DY_Y_SCALAR, {351, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n888 = {DY_Y_SCALAR, {351, 11}, (char *)"pro", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n889 = {DY_Y_SCALAR, {352, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n890 = {DY_Y_SCALAR, {353, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n891 = {DY_Y_SCALAR, {353, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n892 = {DY_Y_SCALAR, {353, 21}, (char *)"3000", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n893 = {DY_Y_SCALAR, {353, 27}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n894 = {DY_Y_SCALAR, {353, 34}, (char *)"500", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n895 = {DY_Y_SCALAR, {353, 39}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n896 = {DY_Y_SCALAR, {353, 46}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k897[] = {&n891, &n893, &n895};
static dy_ynode *v897[] = {&n892, &n894, &n896};
static dy_ynode n897 = {DY_Y_MAP, {353, 15}, NULL, 0, 0, k897, v897, 3, 3};
static dy_ynode n898 = {DY_Y_SCALAR, {354, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n899 = {DY_Y_SCALAR, {354, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n900 = {DY_Y_SCALAR, {354, 18}, (char *)"600", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n901 = {DY_Y_SCALAR, {354, 23}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n902 = {DY_Y_SCALAR, {354, 30}, (char *)"100", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k903[] = {&n899, &n901};
static dy_ynode *v903[] = {&n900, &n902};
static dy_ynode n903 = {DY_Y_MAP, {354, 12}, NULL, 0, 0, k903, v903, 2, 2};
static dy_ynode *k904[] = {&n890, &n898};
static dy_ynode *v904[] = {&n897, &n903};
static dy_ynode n904 = {DY_Y_MAP, {353, 7}, NULL, 0, 0, k904, v904, 2, 2};
static dy_ynode n905 = {DY_Y_SCALAR, {355, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n906 = {DY_Y_SCALAR, {355, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n907 = {DY_Y_SCALAR, {355, 30}, (char *)"2000000", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *k908[] = {&n906};
static dy_ynode *v908[] = {&n907};
static dy_ynode n908 = {DY_Y_MAP, {355, 13}, NULL, 0, 0, k908, v908, 1, 1};
static dy_ynode n909 = {DY_Y_SCALAR, {356, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n910 = {DY_Y_SCALAR, {356, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *v911[] = {&n910};
static dy_ynode n911 = {DY_Y_SEQ, {356, 15}, NULL, 0, 0, NULL, v911, 1, 1};
static dy_ynode *k912[] = {&n887, &n889, &n905, &n909};
static dy_ynode *v912[] = {&n888, &n904, &n908, &n911};
static dy_ynode n912 = {DY_Y_MAP, {351, 5}, NULL, 0, 0, k912, v912, 4, 4};
static dy_ynode n913 = {DY_Y_SCALAR, {358, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n914 = {DY_Y_SCALAR, {358, 11}, (char *)"business", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n915 = {DY_Y_SCALAR, {359, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n916 = {DY_Y_SCALAR, {360, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n917 = {DY_Y_SCALAR, {360, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n918 = {DY_Y_SCALAR, {360, 21}, (char *)"15000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n919 = {DY_Y_SCALAR, {360, 28}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n920 = {DY_Y_SCALAR, {360, 35}, (char *)"2500", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n921 = {DY_Y_SCALAR, {360, 41}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n922 = {DY_Y_SCALAR, {360, 48}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k923[] = {&n917, &n919, &n921};
static dy_ynode *v923[] = {&n918, &n920, &n922};
static dy_ynode n923 = {DY_Y_MAP, {360, 15}, NULL, 0, 0, k923, v923, 3, 3};
static dy_ynode n924 = {DY_Y_SCALAR, {361, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n925 = {DY_Y_SCALAR, {361, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n926 = {DY_Y_SCALAR, {361, 18}, (char *)"3000", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n927 = {DY_Y_SCALAR, {361, 24}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n928 = {DY_Y_SCALAR, {361, 31}, (char *)"500", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k929[] = {&n925, &n927};
static dy_ynode *v929[] = {&n926, &n928};
static dy_ynode n929 = {DY_Y_MAP, {361, 12}, NULL, 0, 0, k929, v929, 2, 2};
static dy_ynode *k930[] = {&n916, &n924};
static dy_ynode *v930[] = {&n923, &n929};
static dy_ynode n930 = {DY_Y_MAP, {360, 7}, NULL, 0, 0, k930, v930, 2, 2};
static dy_ynode n931 = {DY_Y_SCALAR, {362, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n932 = {DY_Y_SCALAR, {362, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n933 = {DY_Y_SCALAR, {362, 30}, (char *)"20000000", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *k934[] = {&n932};
static dy_ynode *v934[] = {&n933};
static dy_ynode n934 = {DY_Y_MAP, {362, 13}, NULL, 0, 0, k934, v934, 1, 1};
static dy_ynode n935 = {DY_Y_SCALAR, {363, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n936 = {DY_Y_SCALAR, {363, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n937 = {DY_Y_SCALAR, {363, 25}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n938 = {DY_Y_SCALAR, {363, 36}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *v939[] = {&n936, &n937, &n938};
static dy_ynode n939 = {DY_Y_SEQ, {363, 15}, NULL, 0, 0, NULL, v939, 3, 3};
static dy_ynode *k940[] = {&n913, &n915, &n931, &n935};
static dy_ynode *v940[] = {&n914, &n930, &n934, &n939};
static dy_ynode n940 = {DY_Y_MAP, {358, 5}, NULL, 0, 0, k940, v940, 4, 4};
static dy_ynode n941 = {DY_Y_SCALAR, {365, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n942 = {DY_Y_SCALAR, {365, 11}, (char *)"enterprise", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n943 = {DY_Y_SCALAR, {366, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n944 = {DY_Y_SCALAR, {367, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n945 = {DY_Y_SCALAR, {367, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n946 = {DY_Y_SCALAR, {367, 21}, (char *)"60000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n947 = {DY_Y_SCALAR, {367, 28}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n948 = {DY_Y_SCALAR, {367, 35}, (char *)"10000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n949 = {DY_Y_SCALAR, {367, 42}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n950 = {DY_Y_SCALAR, {367, 49}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k951[] = {&n945, &n947, &n949};
static dy_ynode *v951[] = {&n946, &n948, &n950};
static dy_ynode n951 = {DY_Y_MAP, {367, 15}, NULL, 0, 0, k951, v951, 3, 3};
static dy_ynode n952 = {DY_Y_SCALAR, {368, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n953 = {DY_Y_SCALAR, {368, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n954 = {DY_Y_SCALAR, {368, 18}, (char *)"12000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n955 = {DY_Y_SCALAR, {368, 25}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n956 = {DY_Y_SCALAR, {368, 32}, (char *)"2000", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k957[] = {&n953, &n955};
static dy_ynode *v957[] = {&n954, &n956};
static dy_ynode n957 = {DY_Y_MAP, {368, 12}, NULL, 0, 0, k957, v957, 2, 2};
static dy_ynode *k958[] = {&n944, &n952};
static dy_ynode *v958[] = {&n951, &n957};
static dy_ynode n958 = {DY_Y_MAP, {367, 7}, NULL, 0, 0, k958, v958, 2, 2};
static dy_ynode n959 = {DY_Y_SCALAR, {369, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n960 = {DY_Y_SCALAR, {369, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n961 = {DY_Y_SCALAR, {369, 30}, (char *)"500000000", 9, 1, NULL, NULL, 0, 0};
static dy_ynode *k962[] = {&n960};
static dy_ynode *v962[] = {&n961};
static dy_ynode n962 = {DY_Y_MAP, {369, 13}, NULL, 0, 0, k962, v962, 1, 1};
static dy_ynode n963 = {DY_Y_SCALAR, {370, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n964 = {DY_Y_SCALAR, {370, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n965 = {DY_Y_SCALAR, {370, 25}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n966 = {DY_Y_SCALAR, {370, 36}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n967 = {DY_Y_SCALAR, {370, 41}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n968 = {DY_Y_SCALAR, {370, 53}, (char *)"support_view_as", 15, 1, NULL, NULL, 0, 0};
static dy_ynode *v969[] = {&n964, &n965, &n966, &n967, &n968};
static dy_ynode n969 = {DY_Y_SEQ, {370, 15}, NULL, 0, 0, NULL, v969, 5, 5};
static dy_ynode *k970[] = {&n941, &n943, &n959, &n963};
static dy_ynode *v970[] = {&n942, &n958, &n962, &n969};
static dy_ynode n970 = {DY_Y_MAP, {365, 5}, NULL, 0, 0, k970, v970, 4, 4};
static dy_ynode *v971[] = {&n886, &n912, &n940, &n970};
static dy_ynode n971 = {DY_Y_SEQ, {344, 3}, NULL, 0, 0, NULL, v971, 4, 4};
static dy_ynode n972 = {DY_Y_SCALAR, {375, 1}, (char *)"support", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n973 = {DY_Y_SCALAR, {376, 3}, (char *)"reason_min_length", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n974 = {DY_Y_SCALAR, {376, 22}, (char *)"20", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n975 = {DY_Y_SCALAR, {377, 3}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n976 = {DY_Y_SCALAR, {377, 11}, (char *)"^(SUP|INC)-[0-9]+$", 18, 0, NULL, NULL, 0, 0};
static dy_ynode n977 = {DY_Y_SCALAR, {378, 3}, (char *)"roles", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n978 = {DY_Y_SCALAR, {379, 5}, (char *)"support", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n979 = {DY_Y_SCALAR, {379, 15}, (char *)"actions", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n980 = {DY_Y_SCALAR, {379, 25}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *v981[] = {&n980};
static dy_ynode n981 = {DY_Y_SEQ, {379, 24}, NULL, 0, 0, NULL, v981, 1, 1};
static dy_ynode n982 = {DY_Y_SCALAR, {379, 35}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n983 = {DY_Y_SCALAR, {379, 48}, (char *)"60", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k984[] = {&n979, &n982};
static dy_ynode *v984[] = {&n981, &n983};
static dy_ynode n984 = {DY_Y_MAP, {379, 14}, NULL, 0, 0, k984, v984, 2, 2};
static dy_ynode n985 = {DY_Y_SCALAR, {380, 5}, (char *)"engineer", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n986 = {DY_Y_SCALAR, {380, 16}, (char *)"actions", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n987 = {DY_Y_SCALAR, {380, 26}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n988 = {DY_Y_SCALAR, {380, 35}, (char *)"limit_reset", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *v989[] = {&n987, &n988};
static dy_ynode n989 = {DY_Y_SEQ, {380, 25}, NULL, 0, 0, NULL, v989, 2, 2};
static dy_ynode n990 = {DY_Y_SCALAR, {380, 49}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n991 = {DY_Y_SCALAR, {380, 62}, (char *)"60", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k992[] = {&n986, &n990};
static dy_ynode *v992[] = {&n989, &n991};
static dy_ynode n992 = {DY_Y_MAP, {380, 15}, NULL, 0, 0, k992, v992, 2, 2};
static dy_ynode n993 = {DY_Y_SCALAR, {381, 5}, (char *)"admin", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n994 = {DY_Y_SCALAR, {381, 13}, (char *)"actions", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n995 = {DY_Y_SCALAR, {381, 23}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n996 = {DY_Y_SCALAR, {381, 32}, (char *)"admin", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n997 = {DY_Y_SCALAR, {381, 39}, (char *)"limit_reset", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *v998[] = {&n995, &n996, &n997};
static dy_ynode n998 = {DY_Y_SEQ, {381, 22}, NULL, 0, 0, NULL, v998, 3, 3};
static dy_ynode n999 = {DY_Y_SCALAR, {381, 53}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n1000 = {DY_Y_SCALAR, {381, 66}, (char *)"30", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k1001[] = {&n994, &n999};
static dy_ynode *v1001[] = {&n998, &n1000};
static dy_ynode n1001 = {DY_Y_MAP, {381, 12}, NULL, 0, 0, k1001, v1001, 2, 2};
static dy_ynode *k1002[] = {&n978, &n985, &n993};
static dy_ynode *v1002[] = {&n984, &n992, &n1001};
static dy_ynode n1002 = {DY_Y_MAP, {379, 5}, NULL, 0, 0, k1002, v1002, 3, 3};
static dy_ynode *k1003[] = {&n973, &n975, &n977};
static dy_ynode *v1003[] = {&n974, &n976, &n1002};
static dy_ynode n1003 = {DY_Y_MAP, {376, 3}, NULL, 0, 0, k1003, v1003, 3, 3};
static dy_ynode n1004 = {DY_Y_SCALAR, {386, 1}, (char *)"postmortem", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n1005 = {DY_Y_SCALAR, {387, 3}, (char *)"max_bytes", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1006 = {DY_Y_SCALAR, {387, 14}, (char *)"262144", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1007 = {DY_Y_SCALAR, {388, 3}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n1008 = {DY_Y_SCALAR, {388, 18}, (char *)"<fill>", 6, 0, NULL, NULL, 0, 0};
static dy_ynode n1009 = {DY_Y_SCALAR, {388, 28}, (char *)"TODO", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1010 = {DY_Y_SCALAR, {388, 34}, (char *)"TBD", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1011 = {DY_Y_SCALAR, {388, 39}, (char *)"FIXME", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1012 = {DY_Y_SCALAR, {388, 46}, (char *)"XXX", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1013 = {DY_Y_SCALAR, {388, 51}, (char *)"\077\077\077", 3, 0, NULL, NULL, 0, 0};
static dy_ynode *v1014[] = {&n1008, &n1009, &n1010, &n1011, &n1012, &n1013};
static dy_ynode n1014 = {DY_Y_SEQ, {388, 17}, NULL, 0, 0, NULL, v1014, 6, 6};
static dy_ynode n1015 = {DY_Y_SCALAR, {389, 3}, (char *)"sections", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1016 = {DY_Y_SCALAR, {390, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1017 = {DY_Y_SCALAR, {390, 11}, (char *)"summary", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n1018 = {DY_Y_SCALAR, {391, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1019 = {DY_Y_SCALAR, {391, 14}, (char *)"Summary and customer impact", 27, 1, NULL, NULL, 0, 0};
static dy_ynode n1020 = {DY_Y_SCALAR, {392, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1021 = {DY_Y_SCALAR, {392, 18}, (char *)"Summary", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n1022 = {DY_Y_SCALAR, {392, 27}, (char *)"Customer impact", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n1023 = {DY_Y_SCALAR, {392, 44}, (char *)"Impact", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1024 = {DY_Y_SCALAR, {392, 52}, (char *)"Summary and impact", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n1025 = {DY_Y_SCALAR, {392, 72}, (char *)"Incident summary", 16, 1, NULL, NULL, 0, 0};
static dy_ynode *v1026[] = {&n1021, &n1022, &n1023, &n1024, &n1025};
static dy_ynode n1026 = {DY_Y_SEQ, {392, 17}, NULL, 0, 0, NULL, v1026, 5, 5};
static dy_ynode *k1027[] = {&n1016, &n1018, &n1020};
static dy_ynode *v1027[] = {&n1017, &n1019, &n1026};
static dy_ynode n1027 = {DY_Y_MAP, {390, 7}, NULL, 0, 0, k1027, v1027, 3, 3};
static dy_ynode n1028 = {DY_Y_SCALAR, {393, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1029 = {DY_Y_SCALAR, {393, 11}, (char *)"root-cause", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n1030 = {DY_Y_SCALAR, {394, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1031 = {DY_Y_SCALAR, {394, 14}, (char *)"Root cause", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n1032 = {DY_Y_SCALAR, {395, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1033 = {DY_Y_SCALAR, {395, 18}, (char *)"Root causes", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n1034 = {DY_Y_SCALAR, {395, 31}, (char *)"Cause", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1035 = {DY_Y_SCALAR, {395, 38}, (char *)"Root cause analysis", 19, 1, NULL, NULL, 0, 0};
static dy_ynode *v1036[] = {&n1033, &n1034, &n1035};
static dy_ynode n1036 = {DY_Y_SEQ, {395, 17}, NULL, 0, 0, NULL, v1036, 3, 3};
static dy_ynode *k1037[] = {&n1028, &n1030, &n1032};
static dy_ynode *v1037[] = {&n1029, &n1031, &n1036};
static dy_ynode n1037 = {DY_Y_MAP, {393, 7}, NULL, 0, 0, k1037, v1037, 3, 3};
static dy_ynode n1038 = {DY_Y_SCALAR, {396, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1039 = {DY_Y_SCALAR, {396, 11}, (char *)"timeline", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1040 = {DY_Y_SCALAR, {397, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1041 = {DY_Y_SCALAR, {397, 14}, (char *)"Detection and response timeline", 31, 1, NULL, NULL, 0, 0};
static dy_ynode n1042 = {DY_Y_SCALAR, {398, 7}, (char *)"kind", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1043 = {DY_Y_SCALAR, {398, 13}, (char *)"timeline", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1044 = {DY_Y_SCALAR, {399, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1045 = {DY_Y_SCALAR, {399, 18}, (char *)"Timeline", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1046 = {DY_Y_SCALAR, {399, 28}, (char *)"Detection and response", 22, 1, NULL, NULL, 0, 0};
static dy_ynode n1047 = {DY_Y_SCALAR, {399, 52}, (char *)"Incident timeline", 17, 1, NULL, NULL, 0, 0};
static dy_ynode *v1048[] = {&n1045, &n1046, &n1047};
static dy_ynode n1048 = {DY_Y_SEQ, {399, 17}, NULL, 0, 0, NULL, v1048, 3, 3};
static dy_ynode *k1049[] = {&n1038, &n1040, &n1042, &n1044};
static dy_ynode *v1049[] = {&n1039, &n1041, &n1043, &n1048};
static dy_ynode n1049 = {DY_Y_MAP, {396, 7}, NULL, 0, 0, k1049, v1049, 4, 4};
static dy_ynode n1050 = {DY_Y_SCALAR, {400, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1051 = {DY_Y_SCALAR, {400, 11}, (char *)"mitigation", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n1052 = {DY_Y_SCALAR, {401, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1053 = {DY_Y_SCALAR, {401, 14}, (char *)"Mitigation steps", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n1054 = {DY_Y_SCALAR, {402, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1055 = {DY_Y_SCALAR, {402, 18}, (char *)"Mitigation", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n1056 = {DY_Y_SCALAR, {402, 30}, (char *)"Mitigations", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n1057 = {DY_Y_SCALAR, {402, 43}, (char *)"Resolution", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n1058 = {DY_Y_SCALAR, {402, 55}, (char *)"Remediation", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *v1059[] = {&n1055, &n1056, &n1057, &n1058};
static dy_ynode n1059 = {DY_Y_SEQ, {402, 17}, NULL, 0, 0, NULL, v1059, 4, 4};
static dy_ynode *k1060[] = {&n1050, &n1052, &n1054};
static dy_ynode *v1060[] = {&n1051, &n1053, &n1059};
static dy_ynode n1060 = {DY_Y_MAP, {400, 7}, NULL, 0, 0, k1060, v1060, 3, 3};
static dy_ynode n1061 = {DY_Y_SCALAR, {403, 7}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1062 = {DY_Y_SCALAR, {403, 11}, (char *)"preventative-actions", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n1063 = {DY_Y_SCALAR, {404, 7}, (char *)"title", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1064 = {DY_Y_SCALAR, {404, 14}, (char *)"Preventative actions", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n1065 = {DY_Y_SCALAR, {405, 7}, (char *)"kind", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1066 = {DY_Y_SCALAR, {405, 13}, (char *)"actions", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n1067 = {DY_Y_SCALAR, {406, 7}, (char *)"headings", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1068 = {DY_Y_SCALAR, {406, 18}, (char *)"Preventive actions", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n1069 = {DY_Y_SCALAR, {406, 38}, (char *)"Action items", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n1070 = {DY_Y_SCALAR, {406, 52}, (char *)"Follow-up actions", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n1071 = {DY_Y_SCALAR, {406, 71}, (char *)"Follow-ups", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n1072 = {DY_Y_SCALAR, {406, 83}, (char *)"Corrective actions", 18, 1, NULL, NULL, 0, 0};
static dy_ynode *v1073[] = {&n1068, &n1069, &n1070, &n1071, &n1072};
static dy_ynode n1073 = {DY_Y_SEQ, {406, 17}, NULL, 0, 0, NULL, v1073, 5, 5};
static dy_ynode *k1074[] = {&n1061, &n1063, &n1065, &n1067};
static dy_ynode *v1074[] = {&n1062, &n1064, &n1066, &n1073};
static dy_ynode n1074 = {DY_Y_MAP, {403, 7}, NULL, 0, 0, k1074, v1074, 4, 4};
static dy_ynode *v1075[] = {&n1027, &n1037, &n1049, &n1060, &n1074};
static dy_ynode n1075 = {DY_Y_SEQ, {390, 5}, NULL, 0, 0, NULL, v1075, 5, 5};
static dy_ynode *k1076[] = {&n1005, &n1007, &n1015};
static dy_ynode *v1076[] = {&n1006, &n1014, &n1075};
static dy_ynode n1076 = {DY_Y_MAP, {387, 3}, NULL, 0, 0, k1076, v1076, 3, 3};
static dy_ynode n1077 = {DY_Y_SCALAR, {418, 1}, (char *)"status", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1078 = {DY_Y_SCALAR, {419, 3}, (char *)"published", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1079 = {DY_Y_SCALAR, {419, 14}, (char *)"status_page.components", 22, 1, NULL, NULL, 0, 0};
static dy_ynode n1080 = {DY_Y_SCALAR, {420, 3}, (char *)"burn_rate_windows", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n1081 = {DY_Y_SCALAR, {421, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1082 = {DY_Y_SCALAR, {421, 14}, (char *)"1h", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1083 = {DY_Y_SCALAR, {421, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1084 = {DY_Y_SCALAR, {421, 25}, (char *)"5m", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1085 = {DY_Y_SCALAR, {421, 29}, (char *)"factor", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1086 = {DY_Y_SCALAR, {421, 37}, (char *)"14.4", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1087 = {DY_Y_SCALAR, {421, 43}, (char *)"alert", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1088 = {DY_Y_SCALAR, {421, 50}, (char *)"page", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1089 = {DY_Y_SCALAR, {421, 56}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1090 = {DY_Y_SCALAR, {421, 63}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k1091[] = {&n1081, &n1083, &n1085, &n1087, &n1089};
static dy_ynode *v1091[] = {&n1082, &n1084, &n1086, &n1088, &n1090};
static dy_ynode n1091 = {DY_Y_MAP, {421, 7}, NULL, 0, 0, k1091, v1091, 5, 5};
static dy_ynode n1092 = {DY_Y_SCALAR, {422, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1093 = {DY_Y_SCALAR, {422, 14}, (char *)"6h", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1094 = {DY_Y_SCALAR, {422, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1095 = {DY_Y_SCALAR, {422, 25}, (char *)"30m", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1096 = {DY_Y_SCALAR, {422, 30}, (char *)"factor", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1097 = {DY_Y_SCALAR, {422, 38}, (char *)"6", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n1098 = {DY_Y_SCALAR, {422, 41}, (char *)"alert", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1099 = {DY_Y_SCALAR, {422, 48}, (char *)"page", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1100 = {DY_Y_SCALAR, {422, 54}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1101 = {DY_Y_SCALAR, {422, 61}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k1102[] = {&n1092, &n1094, &n1096, &n1098, &n1100};
static dy_ynode *v1102[] = {&n1093, &n1095, &n1097, &n1099, &n1101};
static dy_ynode n1102 = {DY_Y_MAP, {422, 7}, NULL, 0, 0, k1102, v1102, 5, 5};
static dy_ynode n1103 = {DY_Y_SCALAR, {423, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1104 = {DY_Y_SCALAR, {423, 14}, (char *)"1d", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1105 = {DY_Y_SCALAR, {423, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1106 = {DY_Y_SCALAR, {423, 25}, (char *)"2h", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1107 = {DY_Y_SCALAR, {423, 29}, (char *)"factor", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1108 = {DY_Y_SCALAR, {423, 37}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n1109 = {DY_Y_SCALAR, {423, 40}, (char *)"alert", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1110 = {DY_Y_SCALAR, {423, 47}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1111 = {DY_Y_SCALAR, {423, 55}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1112 = {DY_Y_SCALAR, {423, 62}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k1113[] = {&n1103, &n1105, &n1107, &n1109, &n1111};
static dy_ynode *v1113[] = {&n1104, &n1106, &n1108, &n1110, &n1112};
static dy_ynode n1113 = {DY_Y_MAP, {423, 7}, NULL, 0, 0, k1113, v1113, 5, 5};
static dy_ynode n1114 = {DY_Y_SCALAR, {424, 8}, (char *)"long", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1115 = {DY_Y_SCALAR, {424, 14}, (char *)"3d", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1116 = {DY_Y_SCALAR, {424, 18}, (char *)"short", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1117 = {DY_Y_SCALAR, {424, 25}, (char *)"6h", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1118 = {DY_Y_SCALAR, {424, 29}, (char *)"factor", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1119 = {DY_Y_SCALAR, {424, 37}, (char *)"1", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n1120 = {DY_Y_SCALAR, {424, 40}, (char *)"alert", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1121 = {DY_Y_SCALAR, {424, 47}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1122 = {DY_Y_SCALAR, {424, 55}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1123 = {DY_Y_SCALAR, {424, 62}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k1124[] = {&n1114, &n1116, &n1118, &n1120, &n1122};
static dy_ynode *v1124[] = {&n1115, &n1117, &n1119, &n1121, &n1123};
static dy_ynode n1124 = {DY_Y_MAP, {424, 7}, NULL, 0, 0, k1124, v1124, 5, 5};
static dy_ynode *v1125[] = {&n1091, &n1102, &n1113, &n1124};
static dy_ynode n1125 = {DY_Y_SEQ, {421, 5}, NULL, 0, 0, NULL, v1125, 4, 4};
static dy_ynode n1126 = {DY_Y_SCALAR, {425, 3}, (char *)"components", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n1127 = {DY_Y_SCALAR, {426, 5}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1128 = {DY_Y_SCALAR, {427, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n1129 = {DY_Y_SCALAR, {427, 20}, (char *)"maintenance.api", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n1130 = {DY_Y_SCALAR, {428, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1131 = {DY_Y_SCALAR, {429, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1132 = {DY_Y_SCALAR, {429, 18}, (char *)"api-health", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n1133 = {DY_Y_SCALAR, {429, 30}, (char *)"health", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1134 = {DY_Y_SCALAR, {429, 38}, (char *)"api.health.status_code", 22, 1, NULL, NULL, 0, 0};
static dy_ynode n1135 = {DY_Y_SCALAR, {429, 62}, (char *)"expect", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1136 = {DY_Y_SCALAR, {429, 70}, (char *)"200", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1137 = {DY_Y_SCALAR, {429, 75}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1138 = {DY_Y_SCALAR, {429, 82}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0};
static dy_ynode *k1139[] = {&n1131, &n1133, &n1135, &n1137};
static dy_ynode *v1139[] = {&n1132, &n1134, &n1136, &n1138};
static dy_ynode n1139 = {DY_Y_MAP, {429, 11}, NULL, 0, 0, k1139, v1139, 4, 4};
static dy_ynode n1140 = {DY_Y_SCALAR, {430, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1141 = {DY_Y_SCALAR, {430, 18}, (char *)"api-5xx", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n1142 = {DY_Y_SCALAR, {430, 27}, (char *)"burn_rate", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1143 = {DY_Y_SCALAR, {430, 38}, (char *)"api.error_rate_5xx", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n1144 = {DY_Y_SCALAR, {430, 58}, (char *)"measures", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1145 = {DY_Y_SCALAR, {430, 68}, (char *)"errors", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1146 = {DY_Y_SCALAR, {430, 76}, (char *)"objective", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1147 = {DY_Y_SCALAR, {430, 87}, (char *)"99.9%", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k1148[] = {&n1140, &n1142, &n1144, &n1146};
static dy_ynode *v1148[] = {&n1141, &n1143, &n1145, &n1147};
static dy_ynode n1148 = {DY_Y_MAP, {430, 11}, NULL, 0, 0, k1148, v1148, 4, 4};
static dy_ynode n1149 = {DY_Y_SCALAR, {431, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1150 = {DY_Y_SCALAR, {431, 17}, (char *)"api-429-spike", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n1151 = {DY_Y_SCALAR, {432, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1152 = {DY_Y_SCALAR, {432, 22}, (char *)"api.rate_429", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n1153 = {DY_Y_SCALAR, {433, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1154 = {DY_Y_SCALAR, {433, 16}, (char *)"api.rate_429_baseline", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n1155 = {DY_Y_SCALAR, {434, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1156 = {DY_Y_SCALAR, {434, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1157 = {DY_Y_SCALAR, {434, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n1158 = {DY_Y_SCALAR, {434, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1159 = {DY_Y_SCALAR, {434, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k1160[] = {&n1156, &n1158};
static dy_ynode *v1160[] = {&n1157, &n1159};
static dy_ynode n1160 = {DY_Y_MAP, {434, 18}, NULL, 0, 0, k1160, v1160, 2, 2};
static dy_ynode *v1161[] = {&n1160};
static dy_ynode n1161 = {DY_Y_SEQ, {434, 17}, NULL, 0, 0, NULL, v1161, 1, 1};
static dy_ynode *k1162[] = {&n1149, &n1151, &n1153, &n1155};
static dy_ynode *v1162[] = {&n1150, &n1152, &n1154, &n1161};
static dy_ynode n1162 = {DY_Y_MAP, {431, 11}, NULL, 0, 0, k1162, v1162, 4, 4};
static dy_ynode *v1163[] = {&n1139, &n1148, &n1162};
static dy_ynode n1163 = {DY_Y_SEQ, {429, 9}, NULL, 0, 0, NULL, v1163, 3, 3};
static dy_ynode *k1164[] = {&n1128, &n1130};
static dy_ynode *v1164[] = {&n1129, &n1163};
static dy_ynode n1164 = {DY_Y_MAP, {427, 7}, NULL, 0, 0, k1164, v1164, 2, 2};
static dy_ynode n1165 = {DY_Y_SCALAR, {435, 5}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1166 = {DY_Y_SCALAR, {436, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n1167 = {DY_Y_SCALAR, {436, 20}, (char *)"maintenance.ingest", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n1168 = {DY_Y_SCALAR, {437, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1169 = {DY_Y_SCALAR, {438, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1170 = {DY_Y_SCALAR, {438, 18}, (char *)"ingest-health", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n1171 = {DY_Y_SCALAR, {438, 33}, (char *)"health", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1172 = {DY_Y_SCALAR, {438, 41}, (char *)"ingest.health.status_code", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n1173 = {DY_Y_SCALAR, {438, 68}, (char *)"expect", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1174 = {DY_Y_SCALAR, {438, 76}, (char *)"200", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1175 = {DY_Y_SCALAR, {439, 12}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1176 = {DY_Y_SCALAR, {439, 19}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0};
static dy_ynode *k1177[] = {&n1169, &n1171, &n1173, &n1175};
static dy_ynode *v1177[] = {&n1170, &n1172, &n1174, &n1176};
static dy_ynode n1177 = {DY_Y_MAP, {438, 11}, NULL, 0, 0, k1177, v1177, 4, 4};
static dy_ynode n1178 = {DY_Y_SCALAR, {440, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1179 = {DY_Y_SCALAR, {440, 18}, (char *)"ingest-success", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n1180 = {DY_Y_SCALAR, {440, 34}, (char *)"burn_rate", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1181 = {DY_Y_SCALAR, {440, 45}, (char *)"ingest.success_rate", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n1182 = {DY_Y_SCALAR, {440, 66}, (char *)"measures", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1183 = {DY_Y_SCALAR, {440, 76}, (char *)"success", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n1184 = {DY_Y_SCALAR, {441, 12}, (char *)"objective", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1185 = {DY_Y_SCALAR, {441, 23}, (char *)"99.9%", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k1186[] = {&n1178, &n1180, &n1182, &n1184};
static dy_ynode *v1186[] = {&n1179, &n1181, &n1183, &n1185};
static dy_ynode n1186 = {DY_Y_MAP, {440, 11}, NULL, 0, 0, k1186, v1186, 4, 4};
static dy_ynode n1187 = {DY_Y_SCALAR, {442, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1188 = {DY_Y_SCALAR, {442, 18}, (char *)"ingest-5xx", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n1189 = {DY_Y_SCALAR, {442, 30}, (char *)"burn_rate", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1190 = {DY_Y_SCALAR, {442, 41}, (char *)"ingest.error_rate_5xx", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n1191 = {DY_Y_SCALAR, {442, 64}, (char *)"measures", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n1192 = {DY_Y_SCALAR, {442, 74}, (char *)"errors", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1193 = {DY_Y_SCALAR, {443, 12}, (char *)"objective", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1194 = {DY_Y_SCALAR, {443, 23}, (char *)"99.9%", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k1195[] = {&n1187, &n1189, &n1191, &n1193};
static dy_ynode *v1195[] = {&n1188, &n1190, &n1192, &n1194};
static dy_ynode n1195 = {DY_Y_MAP, {442, 11}, NULL, 0, 0, k1195, v1195, 4, 4};
static dy_ynode *v1196[] = {&n1177, &n1186, &n1195};
static dy_ynode n1196 = {DY_Y_SEQ, {438, 9}, NULL, 0, 0, NULL, v1196, 3, 3};
static dy_ynode *k1197[] = {&n1166, &n1168};
static dy_ynode *v1197[] = {&n1167, &n1196};
static dy_ynode n1197 = {DY_Y_MAP, {436, 7}, NULL, 0, 0, k1197, v1197, 2, 2};
static dy_ynode n1198 = {DY_Y_SCALAR, {444, 5}, (char *)"jobs", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1199 = {DY_Y_SCALAR, {445, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n1200 = {DY_Y_SCALAR, {445, 20}, (char *)"maintenance.jobs", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n1201 = {DY_Y_SCALAR, {446, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1202 = {DY_Y_SCALAR, {447, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1203 = {DY_Y_SCALAR, {447, 17}, (char *)"geo-enrichment-backlog", 22, 1, NULL, NULL, 0, 0};
static dy_ynode n1204 = {DY_Y_SCALAR, {448, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1205 = {DY_Y_SCALAR, {448, 22}, (char *)"jobs.geo_enrichment.backlog", 27, 1, NULL, NULL, 0, 0};
static dy_ynode n1206 = {DY_Y_SCALAR, {449, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1207 = {DY_Y_SCALAR, {449, 16}, (char *)"jobs.geo_enrichment.baseline", 28, 1, NULL, NULL, 0, 0};
static dy_ynode n1208 = {DY_Y_SCALAR, {450, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1209 = {DY_Y_SCALAR, {450, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1210 = {DY_Y_SCALAR, {450, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n1211 = {DY_Y_SCALAR, {450, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1212 = {DY_Y_SCALAR, {450, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k1213[] = {&n1209, &n1211};
static dy_ynode *v1213[] = {&n1210, &n1212};
static dy_ynode n1213 = {DY_Y_MAP, {450, 18}, NULL, 0, 0, k1213, v1213, 2, 2};
static dy_ynode n1214 = {DY_Y_SCALAR, {450, 60}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1215 = {DY_Y_SCALAR, {450, 67}, (char *)"10", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1216 = {DY_Y_SCALAR, {450, 71}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1217 = {DY_Y_SCALAR, {450, 78}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k1218[] = {&n1214, &n1216};
static dy_ynode *v1218[] = {&n1215, &n1217};
static dy_ynode n1218 = {DY_Y_MAP, {450, 59}, NULL, 0, 0, k1218, v1218, 2, 2};
static dy_ynode *v1219[] = {&n1213, &n1218};
static dy_ynode n1219 = {DY_Y_SEQ, {450, 17}, NULL, 0, 0, NULL, v1219, 2, 2};
static dy_ynode *k1220[] = {&n1202, &n1204, &n1206, &n1208};
static dy_ynode *v1220[] = {&n1203, &n1205, &n1207, &n1219};
static dy_ynode n1220 = {DY_Y_MAP, {447, 11}, NULL, 0, 0, k1220, v1220, 4, 4};
static dy_ynode n1221 = {DY_Y_SCALAR, {451, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1222 = {DY_Y_SCALAR, {451, 17}, (char *)"aggregation-backlog", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n1223 = {DY_Y_SCALAR, {452, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1224 = {DY_Y_SCALAR, {452, 22}, (char *)"jobs.aggregation.backlog", 24, 1, NULL, NULL, 0, 0};
static dy_ynode n1225 = {DY_Y_SCALAR, {453, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1226 = {DY_Y_SCALAR, {453, 16}, (char *)"jobs.aggregation.baseline", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n1227 = {DY_Y_SCALAR, {454, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1228 = {DY_Y_SCALAR, {454, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1229 = {DY_Y_SCALAR, {454, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n1230 = {DY_Y_SCALAR, {454, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1231 = {DY_Y_SCALAR, {454, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k1232[] = {&n1228, &n1230};
static dy_ynode *v1232[] = {&n1229, &n1231};
static dy_ynode n1232 = {DY_Y_MAP, {454, 18}, NULL, 0, 0, k1232, v1232, 2, 2};
static dy_ynode n1233 = {DY_Y_SCALAR, {454, 60}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1234 = {DY_Y_SCALAR, {454, 67}, (char *)"10", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1235 = {DY_Y_SCALAR, {454, 71}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1236 = {DY_Y_SCALAR, {454, 78}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k1237[] = {&n1233, &n1235};
static dy_ynode *v1237[] = {&n1234, &n1236};
static dy_ynode n1237 = {DY_Y_MAP, {454, 59}, NULL, 0, 0, k1237, v1237, 2, 2};
static dy_ynode *v1238[] = {&n1232, &n1237};
static dy_ynode n1238 = {DY_Y_SEQ, {454, 17}, NULL, 0, 0, NULL, v1238, 2, 2};
static dy_ynode *k1239[] = {&n1221, &n1223, &n1225, &n1227};
static dy_ynode *v1239[] = {&n1222, &n1224, &n1226, &n1238};
static dy_ynode n1239 = {DY_Y_MAP, {451, 11}, NULL, 0, 0, k1239, v1239, 4, 4};
static dy_ynode n1240 = {DY_Y_SCALAR, {455, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1241 = {DY_Y_SCALAR, {455, 17}, (char *)"exports-backlog", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n1242 = {DY_Y_SCALAR, {456, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1243 = {DY_Y_SCALAR, {456, 22}, (char *)"jobs.exports.backlog", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n1244 = {DY_Y_SCALAR, {457, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1245 = {DY_Y_SCALAR, {457, 16}, (char *)"jobs.exports.baseline", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n1246 = {DY_Y_SCALAR, {458, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1247 = {DY_Y_SCALAR, {458, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1248 = {DY_Y_SCALAR, {458, 26}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n1249 = {DY_Y_SCALAR, {458, 29}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1250 = {DY_Y_SCALAR, {458, 36}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k1251[] = {&n1247, &n1249};
static dy_ynode *v1251[] = {&n1248, &n1250};
static dy_ynode n1251 = {DY_Y_MAP, {458, 18}, NULL, 0, 0, k1251, v1251, 2, 2};
static dy_ynode n1252 = {DY_Y_SCALAR, {458, 60}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1253 = {DY_Y_SCALAR, {458, 67}, (char *)"10", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1254 = {DY_Y_SCALAR, {458, 71}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1255 = {DY_Y_SCALAR, {458, 78}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k1256[] = {&n1252, &n1254};
static dy_ynode *v1256[] = {&n1253, &n1255};
static dy_ynode n1256 = {DY_Y_MAP, {458, 59}, NULL, 0, 0, k1256, v1256, 2, 2};
static dy_ynode *v1257[] = {&n1251, &n1256};
static dy_ynode n1257 = {DY_Y_SEQ, {458, 17}, NULL, 0, 0, NULL, v1257, 2, 2};
static dy_ynode *k1258[] = {&n1240, &n1242, &n1244, &n1246};
static dy_ynode *v1258[] = {&n1241, &n1243, &n1245, &n1257};
static dy_ynode n1258 = {DY_Y_MAP, {455, 11}, NULL, 0, 0, k1258, v1258, 4, 4};
static dy_ynode *v1259[] = {&n1220, &n1239, &n1258};
static dy_ynode n1259 = {DY_Y_SEQ, {447, 9}, NULL, 0, 0, NULL, v1259, 3, 3};
static dy_ynode *k1260[] = {&n1199, &n1201};
static dy_ynode *v1260[] = {&n1200, &n1259};
static dy_ynode n1260 = {DY_Y_MAP, {445, 7}, NULL, 0, 0, k1260, v1260, 2, 2};
static dy_ynode n1261 = {DY_Y_SCALAR, {459, 5}, (char *)"db", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1262 = {DY_Y_SCALAR, {460, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n1263 = {DY_Y_SCALAR, {460, 20}, (char *)"maintenance.db", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n1264 = {DY_Y_SCALAR, {461, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1265 = {DY_Y_SCALAR, {462, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1266 = {DY_Y_SCALAR, {462, 17}, (char *)"db-pool-saturation", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n1267 = {DY_Y_SCALAR, {463, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1268 = {DY_Y_SCALAR, {463, 22}, (char *)"db.pool.in_use", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n1269 = {DY_Y_SCALAR, {464, 11}, (char *)"per", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1270 = {DY_Y_SCALAR, {464, 16}, (char *)"db.pool.size", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n1271 = {DY_Y_SCALAR, {465, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1272 = {DY_Y_SCALAR, {465, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1273 = {DY_Y_SCALAR, {465, 26}, (char *)"0.8", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1274 = {DY_Y_SCALAR, {465, 31}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1275 = {DY_Y_SCALAR, {465, 38}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k1276[] = {&n1272, &n1274};
static dy_ynode *v1276[] = {&n1273, &n1275};
static dy_ynode n1276 = {DY_Y_MAP, {465, 18}, NULL, 0, 0, k1276, v1276, 2, 2};
static dy_ynode n1277 = {DY_Y_SCALAR, {465, 62}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1278 = {DY_Y_SCALAR, {465, 69}, (char *)"0.95", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1279 = {DY_Y_SCALAR, {465, 75}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1280 = {DY_Y_SCALAR, {465, 82}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k1281[] = {&n1277, &n1279};
static dy_ynode *v1281[] = {&n1278, &n1280};
static dy_ynode n1281 = {DY_Y_MAP, {465, 61}, NULL, 0, 0, k1281, v1281, 2, 2};
static dy_ynode *v1282[] = {&n1276, &n1281};
static dy_ynode n1282 = {DY_Y_SEQ, {465, 17}, NULL, 0, 0, NULL, v1282, 2, 2};
static dy_ynode *k1283[] = {&n1265, &n1267, &n1269, &n1271};
static dy_ynode *v1283[] = {&n1266, &n1268, &n1270, &n1282};
static dy_ynode n1283 = {DY_Y_MAP, {462, 11}, NULL, 0, 0, k1283, v1283, 4, 4};
static dy_ynode n1284 = {DY_Y_SCALAR, {466, 11}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1285 = {DY_Y_SCALAR, {466, 17}, (char *)"db-slow-queries", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n1286 = {DY_Y_SCALAR, {467, 11}, (char *)"threshold", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1287 = {DY_Y_SCALAR, {467, 22}, (char *)"db.slow_queries_per_minute", 26, 1, NULL, NULL, 0, 0};
static dy_ynode n1288 = {DY_Y_SCALAR, {468, 11}, (char *)"over", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1289 = {DY_Y_SCALAR, {468, 19}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1290 = {DY_Y_SCALAR, {468, 26}, (char *)"10", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1291 = {DY_Y_SCALAR, {468, 30}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1292 = {DY_Y_SCALAR, {468, 37}, (char *)"degraded_performance", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k1293[] = {&n1289, &n1291};
static dy_ynode *v1293[] = {&n1290, &n1292};
static dy_ynode n1293 = {DY_Y_MAP, {468, 18}, NULL, 0, 0, k1293, v1293, 2, 2};
static dy_ynode n1294 = {DY_Y_SCALAR, {468, 61}, (char *)"value", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1295 = {DY_Y_SCALAR, {468, 68}, (char *)"50", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n1296 = {DY_Y_SCALAR, {468, 72}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1297 = {DY_Y_SCALAR, {468, 79}, (char *)"partial_outage", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k1298[] = {&n1294, &n1296};
static dy_ynode *v1298[] = {&n1295, &n1297};
static dy_ynode n1298 = {DY_Y_MAP, {468, 60}, NULL, 0, 0, k1298, v1298, 2, 2};
static dy_ynode *v1299[] = {&n1293, &n1298};
static dy_ynode n1299 = {DY_Y_SEQ, {468, 17}, NULL, 0, 0, NULL, v1299, 2, 2};
static dy_ynode *k1300[] = {&n1284, &n1286, &n1288};
static dy_ynode *v1300[] = {&n1285, &n1287, &n1299};
static dy_ynode n1300 = {DY_Y_MAP, {466, 11}, NULL, 0, 0, k1300, v1300, 3, 3};
static dy_ynode *v1301[] = {&n1283, &n1300};
static dy_ynode n1301 = {DY_Y_SEQ, {462, 9}, NULL, 0, 0, NULL, v1301, 2, 2};
static dy_ynode *k1302[] = {&n1262, &n1264};
static dy_ynode *v1302[] = {&n1263, &n1301};
static dy_ynode n1302 = {DY_Y_MAP, {460, 7}, NULL, 0, 0, k1302, v1302, 2, 2};
static dy_ynode n1303 = {DY_Y_SCALAR, {469, 5}, (char *)"notifications", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n1304 = {DY_Y_SCALAR, {470, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n1305 = {DY_Y_SCALAR, {470, 20}, (char *)"maintenance.notifications", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n1306 = {DY_Y_SCALAR, {471, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1307 = {DY_Y_SCALAR, {472, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1308 = {DY_Y_SCALAR, {472, 18}, (char *)"notifications-health", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n1309 = {DY_Y_SCALAR, {472, 40}, (char *)"health", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1310 = {DY_Y_SCALAR, {472, 48}, (char *)"notifications.health.status_code", 32, 1, NULL, NULL, 0, 0};
static dy_ynode n1311 = {DY_Y_SCALAR, {472, 82}, (char *)"expect", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1312 = {DY_Y_SCALAR, {472, 90}, (char *)"200", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1313 = {DY_Y_SCALAR, {473, 12}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1314 = {DY_Y_SCALAR, {473, 19}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0};
static dy_ynode *k1315[] = {&n1307, &n1309, &n1311, &n1313};
static dy_ynode *v1315[] = {&n1308, &n1310, &n1312, &n1314};
static dy_ynode n1315 = {DY_Y_MAP, {472, 11}, NULL, 0, 0, k1315, v1315, 4, 4};
static dy_ynode *v1316[] = {&n1315};
static dy_ynode n1316 = {DY_Y_SEQ, {472, 9}, NULL, 0, 0, NULL, v1316, 1, 1};
static dy_ynode *k1317[] = {&n1304, &n1306};
static dy_ynode *v1317[] = {&n1305, &n1316};
static dy_ynode n1317 = {DY_Y_MAP, {470, 7}, NULL, 0, 0, k1317, v1317, 2, 2};
static dy_ynode n1318 = {DY_Y_SCALAR, {474, 5}, (char *)"dashboard", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n1319 = {DY_Y_SCALAR, {475, 7}, (char *)"maintenance", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n1320 = {DY_Y_SCALAR, {475, 20}, (char *)"maintenance.dashboard", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n1321 = {DY_Y_SCALAR, {476, 7}, (char *)"checks", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1322 = {DY_Y_SCALAR, {477, 12}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n1323 = {DY_Y_SCALAR, {477, 18}, (char *)"dashboard-health", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n1324 = {DY_Y_SCALAR, {477, 36}, (char *)"health", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1325 = {DY_Y_SCALAR, {477, 44}, (char *)"dashboard.health.status_code", 28, 1, NULL, NULL, 0, 0};
static dy_ynode n1326 = {DY_Y_SCALAR, {477, 74}, (char *)"expect", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n1327 = {DY_Y_SCALAR, {477, 82}, (char *)"200", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n1328 = {DY_Y_SCALAR, {478, 12}, (char *)"state", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n1329 = {DY_Y_SCALAR, {478, 19}, (char *)"major_outage", 12, 1, NULL, NULL, 0, 0};
static dy_ynode *k1330[] = {&n1322, &n1324, &n1326, &n1328};
static dy_ynode *v1330[] = {&n1323, &n1325, &n1327, &n1329};
static dy_ynode n1330 = {DY_Y_MAP, {477, 11}, NULL, 0, 0, k1330, v1330, 4, 4};
static dy_ynode *v1331[] = {&n1330};
static dy_ynode n1331 = {DY_Y_SEQ, {477, 9}, NULL, 0, 0, NULL, v1331, 1, 1};
static dy_ynode *k1332[] = {&n1319, &n1321};
static dy_ynode *v1332[] = {&n1320, &n1331};
static dy_ynode n1332 = {DY_Y_MAP, {475, 7}, NULL, 0, 0, k1332, v1332, 2, 2};
static dy_ynode *k1333[] = {&n1127, &n1165, &n1198, &n1261, &n1303, &n1318};
static dy_ynode *v1333[] = {&n1164, &n1197, &n1260, &n1302, &n1317, &n1332};
static dy_ynode n1333 = {DY_Y_MAP, {426, 5}, NULL, 0, 0, k1333, v1333, 6, 6};
static dy_ynode *k1334[] = {&n1078, &n1080, &n1126};
static dy_ynode *v1334[] = {&n1079, &n1125, &n1333};
static dy_ynode n1334 = {DY_Y_MAP, {419, 3}, NULL, 0, 0, k1334, v1334, 3, 3};
static dy_ynode *k1335[] = {&n0, &n2, &n60, &n81, &n639, &n837, &n846, &n848, &n854, &n861, &n972, &n1004, &n1077};
static dy_ynode *v1335[] = {&n1, &n59, &n80, &n638, &n836, &n845, &n847, &n853, &n860, &n971, &n1003, &n1076, &n1334};
static dy_ynode n1335 = {DY_Y_MAP, {8, 1}, NULL, 0, 0, k1335, v1335, 13, 13};

dy_ynode *const dy_default_policy_tree = &n1335;

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
const size_t dy_default_policy_tree_source_len = 18812;
